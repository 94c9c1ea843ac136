"""The submission as tests reach it, case by case (the proxy and its runner)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.grading.submission import Submission
from judge.outcomes import HarnessFault
from judge.problem import load_problem
from judge.sandbox.local import LocalSandbox

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
