"""`judge grade`: every solution of a practice repo against the full bank, hidden tests included."""

from __future__ import annotations

import time

from judge.grading.grade import grade_file
from judge.practice.model import RunPlan, Solution
from judge.practice.results import ProblemOutcome, RepoResult, Status
from judge.reporters.base import Reporter
from judge.sandbox.base import Sandbox


def grade_repo(plan: RunPlan, sandbox: Sandbox, reporter: Reporter) -> RepoResult:
    started = time.monotonic()
    reporter.begin_run(plan)
    outcomes = tuple(_grade_solution(solution, sandbox, reporter, plan.complexity) for solution in plan.solutions)
    result = RepoResult(plan.name, outcomes, plan.sandbox, plan.min_score, time.monotonic() - started)
    reporter.end_run(result)
    return result


def _grade_solution(solution: Solution, sandbox: Sandbox, reporter: Reporter, complexity: bool) -> ProblemOutcome:
    problem = solution.problem
    if not solution.path.is_file():
        return ProblemOutcome(problem.slug, problem.title, solution.relpath, Status.MISSING)
    if is_starter(solution):
        # Not graded: every case would fail the same way, and "unsolved" says more than 0/12 RE.
        return ProblemOutcome(problem.slug, problem.title, solution.relpath, Status.UNSOLVED)
    result = grade_file(problem, solution.path, sandbox, hidden=True, reporter=reporter, complexity=complexity)
    return ProblemOutcome(problem.slug, problem.title, solution.relpath, Status.GRADED, result)


def is_starter(solution: Solution) -> bool:
    """The file is still the problem's starter code (line endings and trailing blanks aside)."""
    try:
        return _normalized(solution.path.read_bytes()) == _normalized(solution.problem.starter.read_bytes())
    except OSError:
        return False


def _normalized(data: bytes) -> list[bytes]:
    return [line.rstrip() for line in data.replace(b"\r\n", b"\n").strip().splitlines()]
