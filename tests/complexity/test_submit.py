"""End to end: count-inversions' O(n^2) double loop grows faster, the merge sort
grows like the reference, on both sandboxes (issue 4's own example)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.grading.grade import grade_file
from judge.problem import load_problem
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from tests.docker_support import docker_sandbox_or_skip

PROBLEM = load_problem(Path(__file__).resolve().parents[2] / "problems" / "count-inversions")
CASES = [("wrong/TLE/double_loop.py", "TLE", "worse"), ("reference/solution.py", "AC", "same")]


@pytest.fixture(scope="module", params=["local", pytest.param("docker", marks=pytest.mark.docker)])
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    chosen = LocalSandbox() if request.param == "local" else docker_sandbox_or_skip()
    yield chosen
    chosen.close()


@pytest.mark.parametrize(("path", "verdict", "growth"), CASES)
def test_count_inversions_growth(sandbox: Sandbox, path: str, verdict: str, growth: str) -> None:
    result = grade_file(PROBLEM, PROBLEM.root / path, sandbox)
    assert result.verdict.name == verdict
    complexity = result.to_json()["complexity"]
    assert complexity["verdict"] == growth, complexity["message"]
    assert complexity["expected"] == "O(n log n)"
    if growth == "worse":
        assert complexity["estimate"] == "O(n^2)"


def test_no_complexity_skips_it() -> None:
    result = grade_file(PROBLEM, PROBLEM.reference, LocalSandbox(), complexity=False)
    assert "complexity" not in result.to_json()
