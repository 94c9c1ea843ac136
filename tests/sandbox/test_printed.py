"""What the submission prints: kept per call by the runner, re-capped and made safe here,
shown under visible cases (and under the counterexample's replay), never under hidden ones."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from judge.outcomes import OutputLimitExceeded
from judge.problem.model import Limits
from judge.sandbox.local import LocalSandbox, local_limits
from judge.sandbox.printed import HEAD, SHOWN_LINES, TAIL, Output, Part, part, shown_repr, visible
from judge.sandbox.session import RunnerSession
from tests.cli_support import SANDBOXES, assert_no_traceback, judge, usable
from tests.conftest import SMALL_LIMITS

HERE = Path(__file__).parent
SUBMISSIONS = HERE / "printing"
BANK = HERE / "printing_bank"
VISIBLE_INPUTS = {"saw [2, 7, 11, 15] 9", "saw [3, 2, 4] 6", "saw [1, 2] 7", "saw [3, 3] 6"}


def case_block(output: str, title: str) -> list[str]:
    """The lines under one case of the text report, stripped."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().split(maxsplit=1)[1:] == [title])
    block = []
    for line in lines[start + 1 :]:
        if not line.startswith("        "):
            break
        block.append(line.strip())
    return block


def cases_of(output: str) -> dict[str, dict[str, Any]]:
    return {case["name"]: case for case in json.loads(output)["cases"]}


# -- re-capped and made safe on the trusted side ----------------------------------


def test_a_part_is_cut_to_its_caps_whatever_the_runner_claims() -> None:
    printed = part({"head": "h" * (HEAD + 500), "tail": "t" * (TAIL + 500), "bytes": 3})
    assert printed is not None
    assert (len(printed.head), len(printed.tail), printed.cut) == (HEAD, TAIL, True)
    assert printed.size == HEAD + TAIL  # never less than what it shows


@pytest.mark.parametrize("raw", [None, "text", {"head": 3}, {"head": "a", "tail": ["b"]}])
def test_a_malformed_report_is_nothing_printed(raw: object) -> None:
    assert part(raw) is None


def test_a_size_that_is_no_count_is_not_believed() -> None:
    for claimed in (-5, True, "9", 2.5):
        printed = part({"head": "abc\n", "bytes": claimed})
        assert printed is not None and printed.size == 4


def test_a_long_output_keeps_its_first_and_last_lines() -> None:
    output = Output()
    for start in range(0, 100, 25):  # four calls
        printed = part({"head": "".join(f"line {i}\n" for i in range(start, start + 25)), "bytes": 0})
        assert printed is not None
        output.add(printed)
    lines = output.text().splitlines()
    assert lines[:SHOWN_LINES] == [f"line {i}" for i in range(SHOWN_LINES)]
    left_out = sum(len(f"line {i}\n") for i in range(SHOWN_LINES, 100 - SHOWN_LINES))
    assert lines[SHOWN_LINES] == f"[... {left_out:,} bytes not shown ...]"
    assert lines[SHOWN_LINES + 1 :] == [f"line {i}" for i in range(100 - SHOWN_LINES, 100)]


def test_a_gap_the_runner_left_is_said() -> None:
    output = Output()
    output.add(Part("first\n", "last\n", True, 1_000_000))
    assert output.text() == "first\n[... 999,989 bytes not shown ...]\nlast"


def test_nothing_printed_is_no_text() -> None:
    assert Output().text() == ""


def test_what_a_terminal_would_obey_is_shown_as_escapes() -> None:
    assert visible("a\x1b[2Jb\r\nc\rd\u202ee\ud800") == "a\\x1b[2Jb\nc\\x0dd\\u202ee\\ud800"


def test_a_repr_from_the_sandbox_loses_its_address_and_is_capped() -> None:
    assert shown_repr("<generator object two_sum at 0x7f3a2b1c0d40>") == "<generator object two_sum>"
    assert len(shown_repr("x" * 5000)) == 300
    assert shown_repr(None) == ""


# -- the runner: only a call that printed says so ----------------------------------


def test_only_an_answer_of_a_call_that_printed_carries_output() -> None:
    source = "def f(n):\n    if n:\n        print('n is', n)\n    return n\n"
    frames: list[bytes] = []
    pod = LocalSandbox().open(SMALL_LIMITS)
    session = RunnerSession(pod, SMALL_LIMITS)
    try:
        session.start()
        assert session.transport is not None
        receive = session.transport.receive
        session.transport.receive = lambda deadline, cap: frames.append(receive(deadline, cap)) or frames[-1]  # type: ignore[method-assign]
        session.load(source, "solution.py", "solution", [{"name": "f", "kind": "function", "methods": []}], local_limits(SMALL_LIMITS))
        assert session.call({"name": "f"}, (0,), {}) == 0
        assert b'"out"' not in frames[-1]  # a quiet call's answer is as small as it was
        assert session.take_printed() == []
        assert session.call({"name": "f"}, (7,), {}) == 7
        assert session.take_printed() == [Part("n is 7\n", "", False, 7)]
    finally:
        session.close()
        pod.close()


def test_printing_past_the_limit_is_ole_with_the_beginning() -> None:
    limits = Limits(time=2.0, memory=256, output=4)  # KiB
    pod = LocalSandbox().open(limits)
    session = RunnerSession(pod, limits)
    source = "def f():\n    while True:\n        print('spam')\n"
    try:
        session.start()
        session.load(source, "solution.py", "solution", [{"name": "f", "kind": "function", "methods": []}], local_limits(limits))
        with pytest.raises(OutputLimitExceeded) as caught:
            session.call({"name": "f"}, (), {})
        assert "over the output limit of 4 KiB" in str(caught.value)
        printed = session.take_printed()
        assert printed and printed[0].head.startswith("spam\nspam\n")
    finally:
        session.close()
        pod.close()


# -- through the CLI, on both sandboxes --------------------------------------------------


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_judge_test_shows_what_each_visible_case_printed(sandbox: str) -> None:
    result = judge("test", "two-sum", SUBMISSIONS / "prints_and_reverses.py", "--sandbox", usable(sandbox))
    assert_no_traceback(result, 1)
    assert case_block(result.output, "test_first_example")[-4:] == ["printed:", "| saw [2, 7, 11, 15] 9", "| at 0 2", "| at 1 7"]
    assert case_block(result.output, "test_no_pair") == ["printed:", "| saw [1, 2] 7", "| at 0 1", "| at 1 2"]  # passing, while testing

    as_json = judge("test", "two-sum", SUBMISSIONS / "prints_and_reverses.py", "--sandbox", sandbox, "--format", "json")
    assert_no_traceback(as_json, 1)
    cases = cases_of(as_json.output)
    assert cases["test_first_example"]["stdout"] == "saw [2, 7, 11, 15] 9\nat 0 2\nat 1 7"
    assert cases["test_no_pair"]["stdout"] == "saw [1, 2] 7\nat 0 1\nat 1 2"


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_hidden_cases_output_appears_nowhere(sandbox: str) -> None:
    for form in ("text", "json"):
        result = judge("submit", "two-sum", SUBMISSIONS / "prints_and_reverses.py", "--sandbox", usable(sandbox), "--format", form)
        assert_no_traceback(result, 1)
        seen = set(re.findall(r"saw \[[-\d, ]*\] -?\d+", result.output))
        assert seen and seen <= VISIBLE_INPUTS, seen - VISIBLE_INPUTS
        if form == "json":
            hidden = [case for case in json.loads(result.output)["cases"] if case["visibility"] == "hidden"]
            assert hidden and all(case["stdout"] == "" for case in hidden)


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_ole_says_how_much_was_printed_and_shows_the_beginning(sandbox: str) -> None:
    result = judge("test", "two-sum", SUBMISSIONS / "floods.py", "--sandbox", usable(sandbox), "--format", "json")
    assert_no_traceback(result, 1)
    case = cases_of(result.output)["test_first_example"]
    assert case["verdict"] == "OLE"
    assert re.fullmatch(r"printed 1,04\d,\d{3} bytes during the call, over the output limit of 1024 KiB", case["message"]), case["message"]
    lines = case["stdout"].splitlines()
    assert lines[:2] == ["line 1 " + "x" * 50, "line 2 " + "x" * 50]
    assert re.fullmatch(r"\[\.\.\. [\d,]+ bytes not shown \.\.\.\]", lines[SHOWN_LINES])
    assert len(lines) == 2 * SHOWN_LINES + 1


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_the_counterexamples_replay_shows_its_own_output(sandbox: str) -> None:
    args = ("--problems", BANK, "test", "double", SUBMISSIONS / "double_wrong_from_ten.py", "--sandbox", usable(sandbox))
    result = judge(*args)
    assert_no_traceback(result, 1)
    after = result.output.split("Smallest failing input", 1)[1].splitlines()
    assert after[1:6] == ["    double(n=10)", "  expected: 20", "  got:      21", "  printed:", "    | doubling 10"]
    assert case_block(result.output, "test_two") == ["printed:", "| doubling 2"]
    as_json = judge(*args, "--format", "json")
    assert cases_of(as_json.output)["test_any_number"]["stdout"] == "doubling 10"


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_escape_sequences_it_prints_reach_no_terminal(sandbox: str) -> None:
    result = judge("--problems", BANK, "test", "double", SUBMISSIONS / "terminal_tricks.py", "--sandbox", usable(sandbox))
    assert_no_traceback(result, 0)
    assert "\x1b" not in result.output and "\r" not in result.output
    assert "| \\x1b[2Jcleared\\x0dback" in result.output
