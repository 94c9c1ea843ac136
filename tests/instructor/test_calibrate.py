"""Time-limit calibration: the proposal rule, and problem.toml edited in place
(cases: time_limit_edits/<case>/problem.toml becomes expected.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.errors import ProblemFormatError
from judge.instructor.calibrate import FLOOR, propose, with_time_limit, write_time_limit

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
