"""The submission as tests reach it, case by case (the proxy and its runner)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from judge.grading.grade import grade_file
from judge.grading.submission import Submission
from judge.outcomes import HarnessFault
from judge.problem import load_problem
from judge.sandbox.local import LocalSandbox
from tests.conftest import TWO_SUM

PROBLEM = load_problem(Path(__file__).parent / "generality" / "problem")


@pytest.fixture
def submission() -> Iterator[Submission]:
    sub = Submission(PROBLEM, PROBLEM.reference.read_text(), LocalSandbox())
    sub.probe()
    try:
        yield sub
    finally:
        sub.close()


def test_an_object_lives_one_case(submission: Submission) -> None:
    submission.begin_case()
    clock = submission.module.Clock(8, 0)
    assert str(clock) == "08:00"
    submission.end_case()
    submission.begin_case()
    with pytest.raises(HarnessFault, match="earlier case"):
        str(clock)
    assert str(submission.module.Clock(9, 0)) == "09:00"  # a new one works


def test_the_trace_names_objects_and_attribute_reads(submission: Submission) -> None:
    submission.begin_case()
    character = submission.module.Character()
    character.strength = 7
    assert character.strength == 7
    calls = [c.text for c in submission.trace.calls]
    assert calls == ["character = Character()", "character.strength = 7", "character.strength"]
    assert [c.outcome for c in submission.trace.calls][-1] == "7"


def test_names_are_described_once(submission: Submission) -> None:
    assert submission.names.known and submission.names.names["SUBLIST"].value == 1
    assert submission.names.names["Clock"].kind == "class" and submission.names.names["parse_int"].kind == "function"
    exception = submission.names.names["BufferFullException"].exception
    assert exception is not None and issubclass(exception, BufferError)


def test_a_grading_starts_one_runner_per_case_and_none_for_cases_that_will_not_come(
    local_sandbox: LocalSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runners are started ahead (two on the local sandbox), never past the last case."""
    started: list[int] = []
    new_session = Submission._new_session

    def counted(self: Submission) -> Any:
        started.append(1)
        return new_session(self)

    monkeypatch.setattr(Submission, "_new_session", counted)
    two_sum = load_problem(TWO_SUM)
    result = grade_file(two_sum, two_sum.reference, local_sandbox, complexity=False)
    assert result.accepted
    assert len(started) == len(result.cases)  # the probe's runner serves the first case
