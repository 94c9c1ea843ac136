"""Concurrency problems graded end to end: test threads call one object at once.

The problem in concurrency/problem has a counter and a bounded blocking queue;
each file in concurrency/submissions declares its verdict (`# verdict: X`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.grading.grade import grade_file
from judge.problem import load_problem
from judge.results import SubmissionResult
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict, parse
from tests.docker_support import docker_sandbox_or_skip

HERE = Path(__file__).parent / "concurrency"
PROBLEM = load_problem(HERE / "problem")
SUBMISSIONS = sorted((HERE / "submissions").glob("*.py"))
SANDBOXES = ["local", pytest.param("docker", marks=pytest.mark.docker)]


def declared(path: Path) -> Verdict:
    first = path.read_text().splitlines()[0]
    assert first.startswith("# verdict: "), f"{path.name} declares no verdict"
    return parse(first.removeprefix("# verdict: "))


@pytest.fixture(scope="module", params=SANDBOXES)
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    chosen = LocalSandbox() if request.param == "local" else docker_sandbox_or_skip()
    yield chosen
    chosen.close()


@functools.cache
def graded(path: Path, sandbox: Sandbox) -> SubmissionResult:
    return grade_file(PROBLEM, path, sandbox, complexity=False)


def summary(result: SubmissionResult) -> str:
    return "; ".join(f"{c.name} {c.verdict.name}: {c.message[:300]}" for c in result.cases)


@pytest.mark.parametrize("path", SUBMISSIONS, ids=lambda p: p.stem)
def test_each_submission_gets_its_verdict(path: Path, sandbox: Sandbox) -> None:
    result = graded(path, sandbox)
    assert result.verdict is declared(path), summary(result)


def test_the_reference_passes_every_case(sandbox: Sandbox) -> None:
    result = graded(PROBLEM.reference, sandbox)
    assert [c.verdict for c in result.cases] == [Verdict.AC] * 4, summary(result)


def test_lost_updates_fail_only_the_counter(sandbox: Sandbox) -> None:
    cases = {c.name: c for c in graded(HERE / "submissions" / "wa_counter_without_lock.py", sandbox).cases}
    assert cases["test_counter_counts_every_increment"].verdict is Verdict.WA
    assert "== 100" in cases["test_counter_counts_every_increment"].message
    assert all(c.verdict is Verdict.AC for name, c in cases.items() if "counter" not in name)


def test_a_deadlock_is_a_time_out_that_says_so(sandbox: Sandbox) -> None:
    cases = {c.name: c for c in graded(HERE / "submissions" / "tle_waits_holding_the_lock.py", sandbox).cases}
    blocked = cases["test_dequeue_blocks_until_an_enqueue"]
    assert blocked.verdict is Verdict.TLE
    assert "wall-time limit of 2 s" in blocked.message and "deadlock" in blocked.message
    assert cases["test_counter_counts_every_increment"].verdict is Verdict.AC
