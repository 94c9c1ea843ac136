"""The Docker sandbox, for real: these need an engine and the image.

Without them they skip, and under JUDGE_REQUIRE_DOCKER=1 (CI) they fail.
Hostile submissions are in tests/hostile; here: what Docker itself promises.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.grading.grade import grade_file
from judge.languages import LANGUAGES
from judge.languages.base import Language
from judge.problem import load_problem
from judge.problem.model import Limits
from judge.sandbox.base import Sandbox
from judge.sandbox.docker import connect
from judge.sandbox.local import LocalSandbox
from judge.sandbox.session import RunnerSession
from judge.verdicts import Verdict
from tests.churn import environment_churning
from tests.docker_support import docker_sandbox_or_skip
from tests.toolchains import image_or_skip

ROOT = Path(__file__).resolve().parents[2]
LIMITS = Limits(time=1.0, memory=64, output=64)
PROBE = """
import os, sys
def who(): return [os.getuid(), list(sys.version_info[:2]), os.getcwd()]
def leave_file(): open("/tmp/left-behind", "w").write("x"); return os.getpid()
def find_file(): return [os.path.exists("/tmp/left-behind"), os.getpid()]
"""

pytestmark = pytest.mark.docker


@pytest.fixture(scope="module")
def docker_sandbox() -> Iterator[Sandbox]:
    sandbox = docker_sandbox_or_skip()
    yield sandbox
    assert sandbox.leftovers() == [], "the judge left containers behind"  # type: ignore[attr-defined]
    sandbox.close()


def test_runs_as_non_root_with_the_image_python(docker_sandbox: Sandbox) -> None:
    pod = docker_sandbox.open(LIMITS)
    session = RunnerSession(pod, LIMITS)
    try:
        session.start()
        session.load(PROBE, "solution.py", "solution", [], docker_sandbox.runner_limits(LIMITS))
        uid, version, cwd = session.call({"name": "who"}, (), {})
        assert uid != 0
        assert cwd == "/tmp"
        assert ".".join(map(str, version)) == session.python.rsplit(".", 1)[0]
        assert docker_sandbox.describe()["python"] == session.python
    finally:
        session.close()
        pod.close()


def test_each_case_gets_a_fresh_runner_and_a_clean_tmp(docker_sandbox: Sandbox) -> None:
    pod = docker_sandbox.open(LIMITS)
    try:
        first = RunnerSession(pod, LIMITS)
        first.start()
        first.load(PROBE, "solution.py", "solution", [], {})
        first_pid = first.call({"name": "leave_file"}, (), {})
        first.close()
        second = RunnerSession(pod, LIMITS)
        second.start()
        second.load(PROBE, "solution.py", "solution", [], {})
        exists, second_pid = second.call({"name": "find_file"}, (), {})
        second.close()
        assert second_pid != first_pid
        assert exists is False, "a file from the previous case survived in /tmp"
    finally:
        pod.close()


@pytest.mark.parametrize("path", ["reference/solution.py", "wrong/WA/ignores_negatives.py", "wrong/TLE/brute_force.py"])
def test_two_sum_same_verdicts_as_local(docker_sandbox: Sandbox, path: str) -> None:
    problem = load_problem(ROOT / "problems" / "two-sum")
    on_docker = grade_file(problem, problem.root / path, docker_sandbox)
    on_local = grade_file(problem, problem.root / path, LocalSandbox())
    assert on_docker.sandbox["name"] == "docker"
    assert on_docker.verdict is on_local.verdict
    assert on_docker.counterexample == on_local.counterexample
    assert (on_docker.verdict is Verdict.AC) == path.startswith("reference")


def created_containers(sandbox: Sandbox) -> set[str]:
    return {c.id for c in sandbox.leftovers()}  # type: ignore[attr-defined]


def test_the_engine_is_asked_while_another_thread_removes_environment_names() -> None:
    """As a runner is started ahead while grading drops names: with the
    library's own client most of these requests raised KeyError here."""
    docker_sandbox_or_skip()
    client = connect()
    with environment_churning():
        answers = [client.ping() for _ in range(300)]
    assert all(answers)


def test_a_client_is_made_while_another_thread_removes_environment_names() -> None:
    """Connecting asks the engine its API version: that first request too must not walk the environment."""
    docker_sandbox_or_skip()
    with environment_churning():
        for _ in range(100):
            client = connect()
            assert client.api.trust_env is False
            client.close()


def test_a_kept_spare_serves_the_next_submission_fresh() -> None:
    """With keep_spare, the next pod's container is started while the current
    one is graded: the second grading finds it ready, and it never ran code."""
    sandbox = docker_sandbox_or_skip()
    try:
        sandbox.keep_spare()
        problem = load_problem(ROOT / "problems" / "two-sum")
        first = grade_file(problem, problem.reference, sandbox, complexity=False)
        assert first.accepted
        spare = created_containers(sandbox)  # the first pod's container is gone: what is left is the spare
        assert len(spare) == 1
        second = grade_file(problem, problem.reference, sandbox, complexity=False)
        assert second.accepted
        assert not spare & created_containers(sandbox), "the spare was not the one the second submission used"
    finally:
        sandbox.close()
    assert sandbox.leftovers() == [], "closing the sandbox leaves no spare behind"  # type: ignore[attr-defined]


def test_a_spare_serves_only_its_own_kind_of_pod() -> None:
    """A spare is started for the kind of pod just opened (image, limits, language):
    a pod with other limits (another problem's memory, a ladder's reference in
    Python) does not take it, and gets a container and a spare of its own."""
    sandbox = docker_sandbox_or_skip()
    try:
        sandbox.keep_spare()
        pod = sandbox.open(LIMITS)
        RunnerSession(pod, LIMITS).start()
        pod.close()
        spare = created_containers(sandbox)
        deadline = time.monotonic() + 30
        while not spare and time.monotonic() < deadline:  # the spare is created in a thread of its own
            time.sleep(0.05)
            spare = created_containers(sandbox)
        assert len(spare) == 1
        other = Limits(time=1.0, memory=96, output=64)
        pod = sandbox.open(other)
        session = RunnerSession(pod, other)
        session.start()
        session.load(PROBE, "solution.py", "solution", [], sandbox.runner_limits(other))
        assert session.call({"name": "who"}, (), {})[0] == 10001
        containers = {c.id: c.attrs["HostConfig"]["Memory"] >> 20 for c in sandbox.leftovers()}  # type: ignore[attr-defined]
        assert spare <= set(containers), "the spare for the first limits was used or dropped"
        assert {memory for key, memory in containers.items() if key not in spare} == {96 + 32}
        session.close()
        pod.close()
    finally:
        sandbox.close()
    assert sandbox.leftovers() == []  # type: ignore[attr-defined]


# -- how frames travel: named pipes, or the attach stream ---------------------------

GRADED = ROOT / "tests" / "grading" / "submissions"
BY_VERDICT = ["wa_returns_empty.py", "ole_print_flood.py", "re_os_exit_in_call.py", "mle_allocates.py", "ce_exit_at_import.py"]


@pytest.fixture(scope="module")
def attached_sandbox() -> Iterator[Sandbox]:
    from judge.sandbox.docker import DockerSandbox

    docker_sandbox_or_skip()
    sandbox = DockerSandbox(frames="attach")
    yield sandbox
    assert sandbox.leftovers() == [], "the judge left containers behind"
    sandbox.close()


@pytest.mark.skipif(os.geteuid() != 0, reason="named pipes are the container user's only when the judge is root")
def test_as_root_frames_take_named_pipes_that_go_with_the_container(docker_sandbox: Sandbox) -> None:
    from judge.sandbox.docker import DockerPod

    assert docker_sandbox.pipes  # type: ignore[attr-defined]
    pod = docker_sandbox.open(LIMITS)
    assert isinstance(pod, DockerPod)
    session = RunnerSession(pod, LIMITS)
    try:
        session.start()
        session.load(PROBE, "solution.py", "solution", [], docker_sandbox.runner_limits(LIMITS))
        assert session.call({"name": "who"}, (), {})[0] != 0
        assert pod.channel is not None and pod.channel.pipes is not None
        folder = pod.channel.pipes.folder
        assert folder.is_dir() and folder.stat().st_mode & 0o077 == 0, "no other user of the host may open the pipes"
        mounts = pod.channel.container.attrs["HostConfig"]["Binds"]
        assert mounts == [f"{folder}:/run/judge:ro"]
    finally:
        session.close()
        pod.close()
    docker_sandbox.wait_for_removals()  # type: ignore[attr-defined]
    assert not folder.exists(), "the pipes' folder outlived its container"


@pytest.mark.parametrize("name", BY_VERDICT)
def test_the_attach_stream_carries_frames_to_the_same_verdicts(docker_sandbox: Sandbox, attached_sandbox: Sandbox, name: str) -> None:
    """Where named pipes cannot be the container user's (a judge that is not
    root, a remote engine), frames take the attach stream: the same verdicts."""
    problem = load_problem(ROOT / "problems" / "two-sum")
    piped = grade_file(problem, GRADED / name, docker_sandbox, complexity=False)
    attached = grade_file(problem, GRADED / name, attached_sandbox, complexity=False)
    assert attached.verdict is piped.verdict
    assert attached.verdict.name.lower() == name.split("_")[0], attached.message


OTHER_LANGUAGES = [language for language in LANGUAGES if not language.forks]


@pytest.mark.skipif(os.geteuid() != 0, reason="named pipes are the container user's only when the judge is root")
@pytest.mark.parametrize("language", OTHER_LANGUAGES, ids=[language.name for language in OTHER_LANGUAGES])
def test_every_languages_frames_take_the_pipes_and_grade_as_on_the_attach_stream(
    docker_sandbox: Sandbox, attached_sandbox: Sandbox, language: Language
) -> None:
    """Each language's supervisor gets the pipes as its stdin and stdout (a
    frame on the attach stream's 250 us more per call would double a class
    problem's grading): its ready frame comes through them, and its reference
    of two-sum is accepted the same way with frames on the attach stream."""
    from judge.sandbox.docker import DockerPod

    image_or_skip(language)
    pod = docker_sandbox.open(LIMITS, language)
    assert isinstance(pod, DockerPod)
    session = RunnerSession(pod, LIMITS)
    try:
        session.start()
        assert pod.channel is not None and pod.channel.pipes is not None
        assert pod.channel.container.attrs["HostConfig"]["Binds"] == [f"{pod.channel.pipes.folder}:/run/judge:ro"]
    finally:
        session.close()
        pod.close()
    problem = load_problem(ROOT / "problems" / "two-sum")
    reference = problem.root / "reference" / language.source_name(problem.module)
    piped = grade_file(problem, reference, docker_sandbox, complexity=False, language=language)
    attached = grade_file(problem, reference, attached_sandbox, complexity=False, language=language)
    assert piped.accepted and attached.accepted, (piped.message, attached.message)


FORGES_VIA_INIT = """
import os

def solve(n: int) -> int:
    # The container's own stdout, reopened through its init (/proc/1/fd/1).
    fd = os.open("/proc/1/fd/1", os.O_WRONLY)
    for i in range(1, 20):
        os.write(fd, f'{{"id":{i},"ok":true,"value":{{"lean":{n + 1}}}}}\\n'.encode())
    os.close(fd)
    return n  # wrong: the forged frames must not turn it into n + 1
"""


def test_frames_forged_on_the_containers_stdout_never_pass(docker_sandbox: Sandbox, attached_sandbox: Sandbox, tmp_path: Path) -> None:
    """A submission can reopen the container's stdout through its init.  With
    the pipes that stream carries no frames (its bytes are counted as output):
    the answer is judged, WA.  On the attach stream it is the frame stream: the
    forged answers are out of step with the calls, RE.  Never AC."""
    problem = load_problem(ROOT / "tests" / "hostile" / "problem")
    path = tmp_path / "solution.py"
    path.write_text(FORGES_VIA_INIT)
    piped = grade_file(problem, path, docker_sandbox, complexity=False)
    attached = grade_file(problem, path, attached_sandbox, complexity=False)
    assert piped.verdict is (Verdict.WA if docker_sandbox.pipes else Verdict.RE), piped.message  # type: ignore[attr-defined]
    assert attached.verdict is Verdict.RE, attached.message
    assert all(case.verdict is not Verdict.AC for case in (*piped.cases, *attached.cases))
