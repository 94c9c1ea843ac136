"""`--report gradescope=PATH`: Gradescope's autograder `results.json`.

Each problem is worth POINTS, shared among its cases by their points (a
problem with cases worth 1, 1 and 2 gives 2.5, 2.5 and 5); an unsolved,
missing or unloadable problem is one test worth all of it.  Hidden cases get
the problem's `[grading] hidden_visibility` (after_due_date unless it says
otherwise); visible cases are visible.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from judge.practice.model import RunPlan
from judge.practice.results import ProblemOutcome, RepoResult
from judge.reporters.cases import case_detail, case_names, case_title, describe_ungraded
from judge.reporters.files import FileReporter
from judge.verdicts import Verdict

POINTS = 10.0
DEFAULT_HIDDEN_VISIBILITY = "after_due_date"


class GradescopeReporter(FileReporter):
    def __init__(self, path: Path):
        super().__init__(path)
        self.hidden_visibility: dict[str, str] = {}

    def begin_run(self, plan: RunPlan) -> None:
        self.hidden_visibility = {s.slug: s.problem.hidden_visibility for s in plan.solutions}

    def render(self, result: RepoResult) -> str:
        return json.dumps(gradescope_results(result, self.hidden_visibility), indent=2) + "\n"


def gradescope_results(result: RepoResult, hidden_visibility: dict[str, str]) -> dict[str, Any]:
    tests = []
    for number, outcome in enumerate(result.outcomes, 1):
        tests += _tests(number, outcome, hidden_visibility.get(outcome.problem, DEFAULT_HIDDEN_VISIBILITY))
    return {
        "score": round(sum(o.score for o in result.outcomes) * POINTS, 2),
        "execution_time": round(result.duration),
        "output": _summary(result),
        "tests": tests,
    }


def _tests(number: int, outcome: ProblemOutcome, hidden_visibility: str) -> list[dict[str, Any]]:
    result = outcome.result
    if result is None or not result.cases or not result.max_points:
        why = result.message if result is not None else describe_ungraded(outcome)
        return [_test(f"{number}.1", f"{outcome.problem}: {outcome.path}", 0.0, POINTS, False, why, [outcome.problem], "visible")]
    tests = []
    for index, (case, name) in enumerate(zip(result.cases, case_names(result), strict=True), 1):
        worth = POINTS * case.points / result.max_points
        passed = case.verdict is Verdict.AC
        visibility = "visible" if case.visibility == "visible" else hidden_visibility
        tags = [outcome.problem, case.category or case.visibility]
        output = case_detail(case) or "passed"
        tests.append(
            _test(
                f"{number}.{index}",
                f"{outcome.problem}: {case_title(case, name)}",
                worth if passed else 0.0,
                worth,
                passed,
                output,
                tags,
                visibility,
            )
        )
    return tests


def _test(
    number: str, name: str, score: float, max_score: float, passed: bool, output: str, tags: list[str], visibility: str
) -> dict[str, Any]:
    return {
        "number": number,
        "name": name,
        "score": round(score, 4),
        "max_score": round(max_score, 4),
        "status": "passed" if passed else "failed",
        "output": output,
        "tags": tags,
        "visibility": visibility,
    }


def _summary(result: RepoResult) -> str:
    lines = [f"{o.problem}: {o.label} ({o.score:.0%})" for o in result.outcomes]
    lines.append(f"{result.accepted} of {len(result.outcomes)} problems accepted, score {result.score:.0%}")
    return "\n".join(lines)
