"""Time-limit calibration: the proposal rule, and problem.toml edited in place
(cases: time_limit_edits/<case>/problem.toml becomes expected.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.errors import ProblemFormatError
from judge.instructor.calibrate import FLOOR, HEADROOM, headroom_note, propose, with_time_limit, write_time_limit
from judge.results import CaseResult, SubmissionResult
from judge.verdicts import Verdict

EDITS = sorted(p for p in (Path(__file__).parent / "time_limit_edits").iterdir() if p.is_dir())


@pytest.mark.parametrize(
    ("slowest", "limit"), [(0.0, FLOOR), (0.1, FLOOR), (0.33, FLOOR), (0.34, 1.1), (0.4, 1.2), (0.8, 2.4), (0.81, 2.5), (2.0, 6.0)]
)
def test_proposal_is_three_times_the_slowest_rounded_up_to_a_tenth_never_under_the_floor(slowest: float, limit: float) -> None:
    assert propose(slowest) == limit


@pytest.mark.parametrize("case", EDITS, ids=[p.name for p in EDITS])
def test_time_limit_edit_keeps_every_other_line(case: Path) -> None:
    before = (case / "problem.toml").read_bytes().decode()
    expected = (case / "expected.toml").read_bytes().decode()
    assert with_time_limit(before, 2.4) == expected


def test_write_time_limit_rewrites_the_file(tmp_path: Path) -> None:
    toml = tmp_path / "problem.toml"
    toml.write_bytes((EDITS[0].parent / "replaces_value_keeps_comment" / "problem.toml").read_bytes())
    write_time_limit(toml, 1.5)
    assert "time = 1.5   # CPU seconds per call" in toml.read_text()


def test_an_inline_limits_table_is_refused_not_broken(tmp_path: Path) -> None:
    toml = tmp_path / "problem.toml"
    toml.write_text('title = "X"\nlimits = { memory = 64 }\n')
    with pytest.raises(ProblemFormatError, match="could not set"):
        write_time_limit(toml, 1.5)
    assert toml.read_text() == 'title = "X"\nlimits = { memory = 64 }\n'


def _graded(*cpu: float) -> SubmissionResult:
    cases = tuple(CaseResult(f"test_{i}", "hidden", "", Verdict.WA, "", cpu=c) for i, c in enumerate(cpu))
    return SubmissionResult("p", Verdict.WA, {}, cases)


def test_a_solution_within_half_the_limit_gets_no_headroom_note() -> None:
    assert HEADROOM == 2.0
    assert headroom_note(_graded(0.1, 0.5), 1.0) == ""
    assert headroom_note(_graded(), 1.0) == ""


def test_a_solution_past_half_the_limit_is_told_a_slower_grader_may_time_it_out() -> None:
    note = headroom_note(_graded(0.1, 0.89), 1.0)
    assert note == "; its slowest case used 0.890 s CPU of a 1 s limit: a slower grader may time it out"
    assert headroom_note(_graded(1.1), 2.0).startswith("; its slowest case used 1.100 s CPU of a 2 s limit")
