"""The local sandbox through a RunnerSession: every way a submission can end a call."""

from __future__ import annotations

import builtins
import contextlib
import json
import os
import signal
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from judge.outcomes import (
    CaseOver,
    LoadFailed,
    MemoryLimitExceeded,
    OutputLimitExceeded,
    RunnerCrashed,
    SubmissionError,
    TimeLimitExceeded,
    raised_by_submission,
)
from judge.problem.model import Limits
from judge.protocol import ListNode, TreeNode
from judge.sandbox.local import ForkServer, LocalSandbox, local_limits
from judge.sandbox.session import Handle, RunnerSession
from judge.verdicts import Verdict
from tests.conftest import SMALL_LIMITS

FUNCTION = [{"name": "f", "kind": "function", "methods": []}]
BAD_FRAMES = sorted((Path(__file__).parents[1] / "protocol_frames" / "bad").glob("*.json"))


@contextmanager
def loaded(
    source: str, limits: Limits = SMALL_LIMITS, entries: list[dict[str, Any]] = FUNCTION, sandbox: LocalSandbox | None = None
) -> Iterator[RunnerSession]:
    """A started session with `source` loaded, closed on the way out."""
    sandbox = sandbox or LocalSandbox()
    pod = sandbox.open(limits)
    session = RunnerSession(pod, limits)
    try:
        session.start()
        session.load(textwrap.dedent(source), "solution.py", "solution", entries, local_limits(limits))
        yield session
    finally:
        session.close()
        pod.close()


def call(session: RunnerSession, *args: Any, name: str = "f", **kwargs: Any) -> Any:
    return session.call({"name": name}, args, kwargs)


def load_error(source: str, entries: list[dict[str, Any]] = FUNCTION) -> CaseOver:
    with pytest.raises(CaseOver) as caught, loaded(source, entries=entries):
        pass
    return caught.value


def call_error(source: str, *args: Any) -> BaseException:
    with pytest.raises((CaseOver, Exception)) as caught, loaded(source) as session:
        call(session, *args)
    return caught.value


# -- values ---------------------------------------------------------------


def test_values_come_back(local_sandbox: LocalSandbox) -> None:
    source = """
        def f(x):
            return [x, -x, 2**100, 1.5, float("nan"), "\\ud800é", b"\\x00", (1, 2), {3}, frozenset({4}), {(1, 2): None}, None, True]
    """
    with loaded(source, sandbox=local_sandbox) as session:
        out = call(session, 7)
        assert session.python.count(".") == 2
    assert out[:4] == [7, -7, 2**100, 1.5]
    assert out[4] != out[4]
    assert out[5:] == ["\ud800é", b"\x00", (1, 2), {3}, frozenset({4}), {(1, 2): None}, None, True]
    assert [type(v) for v in out[7:10]] == [tuple, set, frozenset]


def test_kwargs_and_several_calls_share_the_module_state() -> None:
    source = """
        calls = []
        def f(a, b=0, *, c=1):
            calls.append((a, b, c))
            return len(calls), a + b * c
    """
    with loaded(source) as session:
        assert call(session, 1, 2, c=3) == (1, 7)
        assert call(session, a=5) == (2, 5)


def test_in_place_changes_come_back_to_the_callers_objects() -> None:
    source = """
        def f(nums, counts, head):
            nums.sort()
            counts["seen"] = len(nums)
            head.next.val = 99
            return nums
    """
    nums, counts, head = [3, 1, 2], {}, ListNode(1, ListNode(2))
    with loaded(source) as session:
        out = call(session, nums, counts, head)
    assert out is nums and nums == [1, 2, 3]
    assert counts == {"seen": 3}
    assert head.next.val == 99


def test_returned_tuples_that_share_a_tuple_come_back() -> None:
    """Ordinary values: `()` is a singleton, and a tuple may hold the same tuple twice."""
    source = """
        def f(n):
            pair = (n, n)
            return [((), ((),)), (pair, (pair,)), {(pair, 1): 1, (pair, 2): 2}]
    """
    with loaded(source) as session:
        out = call(session, 1)
    assert out == [((), ((),)), ((1, 1), ((1, 1),)), {((1, 1), 1): 1, ((1, 1), 2): 2}]


def test_trees_and_the_provided_node_types() -> None:
    source = """
        def f(root):
            root.left, root.right = root.right, root.left
            return [root, TreeNode(5), ListNode(6)]
    """
    root = TreeNode(1, TreeNode(2), TreeNode(3))
    left, right = root.left, root.right
    with loaded(source) as session:
        out = call(session, root)
    assert out[0] is root and root.left is right and root.right is left
    assert type(out[1]) is TreeNode and out[1].val == 5
    assert type(out[2]) is ListNode and out[2].val == 6


def test_class_entry_lives_in_the_sandbox_behind_a_handle() -> None:
    source = """
        class Counter:
            def __init__(self, start):
                self.n = start
            def add(self, k):
                self.n += k
                return self.n
    """
    entries = [{"name": "Counter", "kind": "class", "methods": ["add"]}]
    with loaded(source, entries=entries) as session:
        counter = session.call({"name": "Counter"}, (10,), {})
        assert isinstance(counter, Handle)
        target = {"handle": counter.key, "attr": "add"}
        assert session.call(target, (5,), {}) == 15
        assert session.call(target, (), {"k": 1}) == 16


def test_cpu_of_the_call_is_measured() -> None:
    source = """
        def f(n):
            return sum(i * i for i in range(n))
    """
    with loaded(source) as session:
        call(session, 200_000)
        assert 0 < session.cpu < SMALL_LIMITS.time


# -- exceptions -------------------------------------------------------------


def test_key_error_comes_back_as_a_key_error() -> None:
    source = """
        def f(key):
            table = {"a": 1}
            return table[key]
    """
    with loaded(source) as session:
        with pytest.raises(KeyError) as caught:
            call(session, "missing")
        assert call(session, "a") == 1  # an exception does not end the runner
    error = caught.value
    assert type(error) is KeyError and error.args == ("missing",)  # the builtin itself, as raised
    info = raised_by_submission(error)
    assert info is not None and info.type_name == "KeyError"
    assert info.message == "'missing'"
    assert info.line == 4
    assert str(info) == "KeyError: 'missing'"
    assert "line 4" in info.traceback


@pytest.mark.parametrize(
    ("statement", "builtin"),
    [("raise ValueError('bad value')", ValueError), ("return 1 // 0", ZeroDivisionError), ("return [][1]", IndexError)],
)
def test_builtin_exceptions_keep_their_class(statement: str, builtin: type[Exception]) -> None:
    error = call_error(f"def f():\n    {statement}\n")
    info = raised_by_submission(error)
    assert type(error) is builtin and info is not None
    assert info.type_name == builtin.__name__ and info.line == 2


def test_a_submissions_own_exception_class() -> None:
    error = call_error("class Oops(Exception):\n    pass\n\ndef f():\n    raise Oops('mine')\n")
    info = raised_by_submission(error)
    assert type(error).__name__ == "Oops" and type(error).__bases__ == (Exception,) and info is not None
    assert info.type_name.endswith("Oops") and info.message == "mine" and info.line == 5


def test_sys_exit_in_a_call_is_an_exception_not_an_exit() -> None:
    error = call_error("import sys\ndef f():\n    sys.exit(0)\n")
    assert isinstance(error, SubmissionError) and type(error).__name__ == "SystemExit"
    assert error.type_name == "SystemExit"
    assert not isinstance(error, SystemExit)  # it must not end the judge


@pytest.mark.parametrize("name", ["KeyboardInterrupt", "GeneratorExit"])
def test_other_base_exceptions_do_not_escape_as_themselves(name: str) -> None:
    error = call_error(f"def f():\n    raise {name}()\n")
    assert isinstance(error, SubmissionError) and isinstance(error, Exception)
    assert error.type_name == name


def test_a_hostile_str_does_not_kill_the_runner() -> None:
    source = """
        class Evil(Exception):
            def __str__(self):
                raise RuntimeError("no")
        def f():
            raise Evil()
    """
    error = call_error(source)
    info = raised_by_submission(error)
    assert info is not None and "Evil" in info.type_name


# -- limits -----------------------------------------------------------------


def test_cpu_bound_loop_is_tle() -> None:
    started = time.monotonic()
    error = call_error("def f():\n    while True:\n        pass\n")
    assert isinstance(error, TimeLimitExceeded) and error.verdict is Verdict.TLE
    assert "CPU" in error.message
    assert time.monotonic() - started < SMALL_LIMITS.wall_seconds + 1


def test_cpu_bound_loop_that_catches_everything_is_still_tle() -> None:
    source = """
        def f():
            while True:
                try:
                    while True:
                        pass
                except BaseException:
                    pass
    """
    assert isinstance(call_error(source), TimeLimitExceeded)


def test_sleep_is_tle_by_the_wall_clock() -> None:
    started = time.monotonic()
    error = call_error("import time\ndef f():\n    time.sleep(60)\n")
    elapsed = time.monotonic() - started
    assert isinstance(error, TimeLimitExceeded)
    assert "wall" in error.message
    assert SMALL_LIMITS.wall_seconds - 0.1 <= elapsed < SMALL_LIMITS.wall_seconds + 2


@pytest.mark.parametrize(
    "body",
    ["return bytearray(1 << 30)", "hog = []\n    while True:\n        hog.append([0] * 10**6)", "return 'x' * (1 << 31)"],
    ids=["one-allocation", "growing", "string"],
)
def test_memory_bomb_is_mle(body: str) -> None:
    error = call_error(f"def f():\n    {body}\n")
    assert isinstance(error, MemoryLimitExceeded) and error.verdict is Verdict.MLE
    assert "128 MiB" in error.message


@pytest.mark.parametrize(
    "body",
    [
        "while True:\n        print('x' * 1000)",
        "import os\n    while True:\n        os.write(1, b'y' * 4096)",
        "import sys\n    while True:\n        sys.stderr.write('z' * 1000)",
    ],
    ids=["print", "fd-1", "stderr"],
)
def test_output_flood_is_ole(body: str) -> None:
    error = call_error(f"def f():\n    {body}\n")
    assert isinstance(error, OutputLimitExceeded) and error.verdict is Verdict.OLE


def test_printing_under_the_limit_is_fine() -> None:
    with loaded("def f():\n    print('hello ' * 100)\n    return 1\n") as session:
        assert call(session) == 1


# -- crashes ----------------------------------------------------------------


def test_os_exit_mid_call_is_a_crash() -> None:
    error = call_error("import os\ndef f():\n    os._exit(0)\n")
    assert isinstance(error, RunnerCrashed) and error.verdict is Verdict.RE
    assert "exit code 0" in error.message


def test_a_signal_mid_call_is_a_crash_naming_the_signal() -> None:
    error = call_error("import os, signal\ndef f():\n    os.kill(os.getpid(), signal.SIGSEGV)\n")
    assert isinstance(error, RunnerCrashed)
    assert signal.SIGSEGV.name in error.message


def test_closing_the_protocol_channel_is_a_crash() -> None:
    source = """
        import os
        def f():
            for fd in range(3, 64):
                if fd > 2:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            return 1
    """
    assert isinstance(call_error(source), RunnerCrashed)


# -- loading ----------------------------------------------------------------


def test_syntax_error_is_load_failed_with_its_line() -> None:
    error = load_error("x = 1\n\ndef f(:\n    return 1\n")
    assert isinstance(error, LoadFailed) and error.verdict is Verdict.CE
    assert error.line == 3
    assert "solution.py, line 3" in error.message and "SyntaxError" in error.message


def test_missing_entry_point_is_load_failed() -> None:
    error = load_error("def g():\n    return 1\n")
    assert isinstance(error, LoadFailed)
    assert "'f'" in error.message


def test_missing_method_is_load_failed() -> None:
    entries = [{"name": "Stack", "kind": "class", "methods": ["push", "pop"]}]
    error = load_error("class Stack:\n    def push(self, x):\n        pass\n", entries=entries)
    assert isinstance(error, LoadFailed) and "'pop'" in error.message


@pytest.mark.parametrize("code", ["sys.exit(0)", "sys.exit('bye')", "raise SystemExit(3)"])
def test_exit_at_import_is_load_failed(code: str) -> None:
    error = load_error(f"import sys\n{code}\ndef f():\n    return 1\n")
    assert isinstance(error, LoadFailed)
    assert "SystemExit" in error.message and error.line == 2


def test_exception_at_import_is_load_failed_with_its_line() -> None:
    error = load_error("def f():\n    return 1\n\nf.missing_attribute\n")
    assert isinstance(error, LoadFailed) and error.line == 4 and "AttributeError" in error.message


def test_os_exit_at_import_is_load_failed() -> None:
    assert isinstance(load_error("import os\nos._exit(0)\n"), LoadFailed)


def test_the_class_solution_style_is_accepted() -> None:
    source = """
        class Solution:
            def f(self, x):
                return x * 2
    """
    with loaded(source) as session:
        assert call(session, 21) == 42


# -- the protocol channel is the runner's alone -----------------------------

FAKE = '{"id": 2, "ok": true, "value": {"root": 666, "objs": []}}'


def test_fake_protocol_frames_printed_by_the_submission_change_nothing() -> None:
    source = f"""
        import os, sys
        FAKE = {FAKE!r}
        print(FAKE)
        print(FAKE.replace("2", "1"), flush=True)
        os.write(1, (FAKE + "\\n").encode())
        os.write(2, (FAKE + "\\n").encode())
        sys.__stdout__.write(FAKE + "\\n")
        sys.__stdout__.flush()

        def f(x):
            print(FAKE, flush=True)
            print(FAKE.replace("2", "3"), file=sys.stderr, flush=True)
            os.write(1, (FAKE + "\\n").encode())
            sys.__stdout__.write(FAKE + "\\n")
            sys.__stdout__.flush()
            return x + 1
    """
    with loaded(source) as session:
        assert call(session, 41) == 42
        assert call(session, 1) == 2


def test_monkeypatched_builtins_stay_in_the_sandbox() -> None:
    before = {name: getattr(builtins, name) for name in ("len", "print", "isinstance", "sorted", "abs")}
    source = """
        import builtins
        builtins.abs = lambda x: -12345
        builtins.sorted = lambda *a, **k: ["patched"]

        def f(x):
            builtins.print = None
            return [abs(x), sorted([3, 1, 2])]
    """
    with loaded(source) as session:
        assert call(session, -5) == [-12345, ["patched"]]
    assert {name: getattr(builtins, name) for name in before} == before
    assert abs(-5) == 5 and sorted([3, 1, 2]) == [1, 2, 3] and len([1, 2]) == 2


@pytest.mark.parametrize(
    "patch",
    [
        "import builtins; builtins.len = lambda x: 0",
        "import json; json.JSONEncoder.iterencode = lambda *a, **k: iter(['{}'])",
        "import json; json.JSONDecoder.decode = lambda *a, **k: {'patched': True}",
        "import sys; sys.modules['protocol'].dump_frame = lambda m, cap=0: b'{\"id\": 2, \"ok\": true}\\n'",
    ],
    ids=["len", "JSONEncoder.iterencode", "JSONDecoder.decode", "protocol.dump_frame"],
)
def test_patching_what_the_runner_uses_only_breaks_the_submissions_own_calls(patch: str) -> None:
    source = f"{patch}\ndef f(x):\n    return [x, x]\n"
    with pytest.raises(CaseOver) as caught, loaded(source) as session:
        call(session, 1)
    assert caught.value.verdict in (Verdict.RE, Verdict.CE), f"{type(caught.value).__name__}: {caught.value}"
    assert len([1, 2]) == 2 and json.loads(json.dumps({"a": 1})) == {"a": 1}


# -- forged frames on the protocol channel end the case, never the harness ------

FORGER = """
import fcntl, os, stat

FRAME = {frame!r}

def protocol_fd():
    for fd in range(3, 64):
        try:
            mode, flags = os.fstat(fd).st_mode, fcntl.fcntl(fd, fcntl.F_GETFL)
        except OSError:
            continue
        if stat.S_ISFIFO(mode) and flags & os.O_ACCMODE == os.O_WRONLY:
            return fd
    raise RuntimeError("no protocol channel found")

def f():
    os.write(protocol_fd(), FRAME)
    os._exit(0)
"""


def _as_answer_to_the_first_call(frame: bytes) -> bytes:
    # Each file answers request 1; the first call is request 2 (the load was 1).
    frame = frame.replace(b'"id":1,', b'"id":2,', 1).replace(b'"id": 1,', b'"id": 2,', 1)
    return frame if frame.endswith(b"\n") else frame + b"\n"


FORGEABLE = [p for p in BAD_FRAMES if not p.stem.startswith("handle_")]  # a session does decode handles

# A call's answer starts with the request's own objects ([args, kwargs], the
# args list, the kwargs dict): these forgeries keep that prefix, so the decoder
# gets past it to the defect.
INPUTS = [["list", ["r", 1], ["r", 2]], ["list"], ["dict"]]
FORGED_VALUES = {
    "tuple_ref_out_of_range": {"root": ["r", 3], "objs": [*INPUTS, ["tuple", ["r", 9]]]},
    "frozenset_ref_out_of_range": {"root": ["r", 3], "objs": [*INPUTS, ["frozenset", 1, ["r", 99]]]},
    "object_tag_unhashable": {"root": None, "objs": [*INPUTS, [["list"]]]},
    "ref_index_bool": {"root": ["r", True], "objs": INPUTS},
}


@pytest.mark.parametrize("path", FORGEABLE, ids=[p.stem for p in FORGEABLE])
def test_a_forged_bad_frame_is_a_crash_not_a_harness_error(path: Path) -> None:
    frame = _as_answer_to_the_first_call(path.read_bytes())
    with pytest.raises(BaseException) as caught, loaded(FORGER.format(frame=frame)) as session:
        call(session)
    error = caught.value
    assert isinstance(error, RunnerCrashed), f"{type(error).__name__}: {error}"


@pytest.mark.parametrize("name", list(FORGED_VALUES))
def test_a_forged_bad_value_after_the_inputs_is_a_crash(name: str) -> None:
    frame = json.dumps({"id": 2, "ok": True, "value": FORGED_VALUES[name]}).encode() + b"\n"
    with pytest.raises(BaseException) as caught, loaded(FORGER.format(frame=frame)) as session:
        call(session)
    error = caught.value
    assert isinstance(error, RunnerCrashed), f"{type(error).__name__}: {error}"


def test_the_forger_works(tmp_path: Path) -> None:
    """The forging submission really reaches the channel: a well-formed frame is believed."""
    frame = b'{"id": 2, "ok": true, "value": {"root": 31337, "objs": []}}\n'
    with loaded(FORGER.format(frame=frame)) as session:
        assert call(session) == 31337


# -- after a fault ----------------------------------------------------------------


def test_a_faulted_session_stays_faulted_and_a_fresh_one_works() -> None:
    source = """
        import os
        def f(x):
            if x == "die":
                os._exit(1)
            if x == "spin":
                while True:
                    pass
            return x
    """
    for poison, outcome in (("die", RunnerCrashed), ("spin", TimeLimitExceeded)):
        with loaded(source) as session:
            assert call(session, "ok") == "ok"
            with pytest.raises(outcome) as first:
                call(session, poison)
            with pytest.raises(outcome) as again:
                call(session, "ok")
            assert again.value is first.value
        with loaded(source) as fresh:
            assert call(fresh, "still ok") == "still ok"


def test_state_does_not_leak_between_sessions() -> None:
    source = """
        import builtins
        def f():
            seen = getattr(builtins, "judge_test_marker", 0)
            builtins.judge_test_marker = seen + 1
            return seen
    """
    sandbox = LocalSandbox()
    for _ in range(2):
        with loaded(source, sandbox=sandbox) as session:
            assert call(session) == 0


def test_wired_limits() -> None:
    wired = local_limits(SMALL_LIMITS)
    assert wired["cpu"] == 0.5
    assert wired["fsize"] == 64 * 1024
    assert wired["memory"] >= 128 * 1024 * 1024
    assert wired["session_cpu"] >= 60


# -- fork servers across submissions --------------------------------------------


PPID = "import os\ncounter = []\ndef ppid():\n    counter.append(1)\n    return os.getppid() * 100 + len(counter)\n"
PPID_ENTRY = [{"name": "ppid", "kind": "function", "methods": []}]


def test_the_next_submission_is_served_by_the_same_fork_server_with_fresh_runners() -> None:
    """A fork server never runs a submission's code: once one submission's
    runners have all ended, the next takes the server (no start to pay), and
    its runners still start from nothing."""
    sandbox = LocalSandbox()
    try:
        answers = []
        for _ in range(2):
            with loaded(PPID, entries=PPID_ENTRY, sandbox=sandbox) as session:
                answers.append(call(session, name="ppid"))
        assert answers[0] == answers[1], "the same server, and a fresh module (one call each)"
        assert answers[0] % 100 == 1
    finally:
        sandbox.close()


def test_a_submission_that_kills_its_fork_server_leaves_the_next_a_new_one() -> None:
    sandbox = LocalSandbox()
    try:
        with loaded(PPID, entries=PPID_ENTRY, sandbox=sandbox) as session:
            first = call(session, name="ppid") // 100
        kill = "import os, signal\ndef f():\n    os.kill(os.getppid(), signal.SIGKILL)\n"
        with loaded(kill, sandbox=sandbox) as session, contextlib.suppress(CaseOver):
            call(session)
        with loaded(PPID, entries=PPID_ENTRY, sandbox=sandbox) as session:
            assert call(session, name="ppid") // 100 != first
    finally:
        sandbox.close()


def test_closing_the_sandbox_ends_its_idle_fork_servers() -> None:
    sandbox = LocalSandbox()
    with loaded(PPID, entries=PPID_ENTRY, sandbox=sandbox) as session:
        server = call(session, name="ppid") // 100
    sandbox.close()
    assert eventually_gone(server)


def eventually_gone(pid: int) -> bool:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.02)
    return False


def test_a_fork_server_answers_a_ping_until_it_is_killed() -> None:
    """How a case's end learns that the submission killed its server, without
    waiting for the runner it just killed to be torn down."""
    server = ForkServer(sys.executable)
    try:
        assert server.alive_now(time.monotonic() + 5)
        server.proc.kill()
        assert not server.alive_now(time.monotonic() + 5)
    finally:
        server.close()


def test_a_runner_that_ended_on_its_own_is_reported_with_its_own_exit_code() -> None:
    with loaded("import os\ndef f():\n    os._exit(7)\n") as session, pytest.raises(RunnerCrashed, match="exit code 7"):
        call(session)
