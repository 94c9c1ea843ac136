"""Shared fixtures: the repository's paths, a local sandbox, the two-sum problem."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.problem.loader import load_problem
from judge.problem.model import Limits, Problem
from judge.sandbox.local import LocalSandbox

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests"
BANK = REPO / "problems"
TWO_SUM = BANK / "two-sum"
VALID_PROBLEM = TESTS / "problem" / "valid" / "add-one"
BROKEN_PROBLEMS = TESTS / "problem" / "broken"

# Small limits keep the sandbox tests fast: wall = 2 * time + 1 = 2 s.
SMALL_LIMITS = Limits(time=0.5, memory=128, output=64)

NO_CACHE = shutil.ignore_patterns("__pycache__", "*.pyc")

# Problem folders used as data hold their own tests/test_*.py: they are not ours to collect.
collect_ignore_glob = ["problem/valid/*", "problem/broken/*", "grading/submissions/*"]


@pytest.fixture
def local_sandbox() -> Iterator[LocalSandbox]:
    sandbox = LocalSandbox()
    yield sandbox
    sandbox.close()


@pytest.fixture(scope="session")
def two_sum() -> Problem:
    return load_problem(TWO_SUM)


@pytest.fixture
def valid_problem_dir(tmp_path: Path) -> Path:
    """A private copy of the minimal valid problem, free to break."""
    target = tmp_path / VALID_PROBLEM.name
    shutil.copytree(VALID_PROBLEM, target, ignore=NO_CACHE)
    return target


@pytest.fixture
def bank_copy(tmp_path: Path) -> Path:
    """A bank of two problems: a copy of two-sum (easy) and add-one (medium)."""
    bank = tmp_path / "bank"
    bank.mkdir()
    shutil.copytree(TWO_SUM, bank / "two-sum", ignore=NO_CACHE)
    shutil.copytree(VALID_PROBLEM, bank / "add-one", ignore=NO_CACHE)
    return bank
