"""What a problem's model answers from the cases graded so far."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.problem.model import WrongSolution
from judge.results import CaseResult
from judge.verdicts import Verdict


def case(name: str, verdict: Verdict, visibility: str = "hidden") -> CaseResult:
    return CaseResult(name, visibility, "", verdict, "")


AC, WA, TLE, RE = Verdict.AC, Verdict.WA, Verdict.TLE, Verdict.RE
TIMES_OUT = WrongSolution(Path("wrong/TLE/deadlocks.py"), TLE, fails=("test_waits", "test_wakes"))


@pytest.mark.parametrize(
    ("solution", "cases", "settled"),
    [
        pytest.param(TIMES_OUT, [case("test_waits", TLE), case("test_wakes", WA)], True, id="timed-out-and-failed-all-it-must"),
        pytest.param(TIMES_OUT, [case("test_waits", TLE)], False, id="a-case-it-must-fail-not-run-yet"),
        pytest.param(TIMES_OUT, [case("test_waits", WA), case("test_wakes", WA)], False, id="no-time-out-yet"),
        pytest.param(TIMES_OUT, [case("test_waits", TLE, "visible"), case("test_wakes", TLE)], False, id="visible-case-of-that-name"),
        pytest.param(TIMES_OUT, [case("test_waits[1]", RE), case("test_wakes[0]", TLE)], True, id="parametrized-names"),
        pytest.param(WrongSolution(Path("x.py"), TLE), [case("test_a", AC), case("test_b", TLE)], True, id="nothing-it-must-fail"),
        pytest.param(WrongSolution(Path("x.py"), WA), [case("test_a", WA), case("test_b", TLE)], False, id="wrong-answer-runs-all"),
        pytest.param(WrongSolution(Path("x.py"), Verdict.MLE), [case("test_a", Verdict.MLE)], False, id="tle-outranks-mle"),
    ],
)
def test_a_wrong_solution_is_settled_once_nothing_after_can_change_its_checks(
    solution: WrongSolution, cases: list[CaseResult], settled: bool
) -> None:
    assert solution.settled(cases) is settled
