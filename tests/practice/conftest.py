"""Fixtures for the practice-repo tests: a bank, a practice repo, one graded run shared by the report tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import Result

from .support import PROBLEMS, fill_fixture_repo, make_bank, run

# The fixture bank's problems hold their own tests/test_*.py: they are data, not ours to collect.
collect_ignore_glob = ["bank/*"]


@pytest.fixture(scope="session")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_bank(tmp_path_factory.mktemp("practice-bank") / "bank")


@pytest.fixture
def practice_repo(bank: Path, tmp_path: Path) -> Path:
    """A fresh practice repo of every fixture problem, all still starter code."""
    repo = tmp_path / "practice"
    result = run("--problems", bank, "init-practice", repo, "--problems", ",".join(PROBLEMS))
    assert result.exit_code == 0, result.output
    return repo


@dataclass(frozen=True)
class GradedRun:
    repo: Path
    result: Result
    reports: dict[str, Path]


@pytest.fixture(scope="session")
def graded(bank: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GradedRun]:
    """The fixture repo (accepted, wrong, crashing, unsolved) graded once with every report."""
    base = tmp_path_factory.mktemp("graded")
    repo = base / "practice"
    assert run("--problems", bank, "init-practice", repo, "--problems", ",".join(PROBLEMS)).exit_code == 0
    fill_fixture_repo(repo)
    reports = {
        "json": base / "out" / "judge.json",
        "junit": base / "out" / "junit.xml",
        "exercism": base / "out" / "exercism" / "results.json",
        "gradescope": base / "out" / "gradescope" / "results.json",
        "github": base / "out" / "summary.md",
    }
    args = [f"--report={name}={path}" for name, path in reports.items()]
    result = run("--problems", bank, "grade", repo, "--sandbox", "local", "--no-complexity", *args)
    yield GradedRun(repo, result, reports)
