"""`--report exercism=PATH`: Exercism's test-runner `results.json`, version 3.

Each problem of the repo is a task (`task_id`, from 1, in the run's order);
each case is a test, in the order the test files give them.  `test_code` is
the body of a visible test; a hidden test's code is not shown, only its
category.  `output` is what a visible case printed, cut to the 500
characters the format allows; a hidden case's is never kept.
"""

from __future__ import annotations

import ast
import json
import textwrap
from pathlib import Path
from typing import Any

from judge.practice.model import RunPlan
from judge.practice.results import ProblemOutcome, RepoResult
from judge.problem.model import Problem
from judge.reporters.cases import PARAMS, case_detail, case_names, case_title, describe_ungraded
from judge.reporters.files import FileReporter
from judge.results import CaseResult
from judge.verdicts import Verdict

VERSION = 3
ERRORS = (Verdict.RE, Verdict.CE, Verdict.IE)


class ExercismReporter(FileReporter):
    def __init__(self, path: Path):
        super().__init__(path)
        self.test_code: dict[tuple[str, str], str] = {}

    def begin_run(self, plan: RunPlan) -> None:
        self.test_code = {}
        for solution in plan.solutions:
            self.test_code.update(visible_test_code(solution.problem))

    def render(self, result: RepoResult) -> str:
        return json.dumps(exercism_results(result, self.test_code), indent=2) + "\n"


def exercism_results(result: RepoResult, test_code: dict[tuple[str, str], str]) -> dict[str, Any]:
    tests = [test for task_id, outcome in enumerate(result.outcomes, 1) for test in _tests(task_id, outcome, test_code)]
    load_errors = [o for o in result.outcomes if o.result is not None and o.result.message and not o.result.cases]
    ran = any(o.result is not None and o.result.cases for o in result.outcomes)
    if tests and all(t["status"] == "pass" for t in tests):
        status, message = "pass", None
    elif load_errors and not ran:
        status = "error"
        message = "\n".join(f"{o.path}: {o.result.message}" for o in load_errors if o.result is not None)
    else:
        status, message = "fail", None
    return {"version": VERSION, "status": status, "message": message, "tests": tests}


def _tests(task_id: int, outcome: ProblemOutcome, test_code: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    slug, result = outcome.problem, outcome.result
    if result is None:
        return [_test(f"{slug}: {outcome.path}", "fail", describe_ungraded(outcome), "", task_id)]
    tests = [
        _test(f"{slug}: {case_title(case, name)}", _status(case.verdict), case_detail(case) or None, _code(case, slug, test_code), task_id)
        | {"output": exercism_output(case.stdout)}
        for case, name in zip(result.cases, case_names(result), strict=True)
    ]
    if result.message:
        tests.append(_test(f"{slug}: {outcome.path}", _status(result.verdict), f"{result.verdict.name}: {result.message}", "", task_id))
    return tests


OUTPUT_CAP = 500  # characters of `output`, as the format says; more is cut and says so
CUT = "\n[output cut to 500 characters]"


def exercism_output(printed: str) -> str:
    return printed if len(printed) <= OUTPUT_CAP else printed[: OUTPUT_CAP - len(CUT)] + CUT


def _test(name: str, status: str, message: str | None, code: str, task_id: int) -> dict[str, Any]:
    return {"name": name, "status": status, "message": message, "output": "", "test_code": code, "task_id": task_id}


def _status(verdict: Verdict) -> str:
    if verdict is Verdict.AC:
        return "pass"
    return "error" if verdict in ERRORS else "fail"


def _code(case: CaseResult, slug: str, test_code: dict[tuple[str, str], str]) -> str:
    if case.visibility == "hidden":
        return f"# a hidden test ({case.category or 'no category'}): its code is not shown"
    return test_code.get((slug, PARAMS.sub("", case.name)), "")


def visible_test_code(problem: Problem) -> dict[tuple[str, str], str]:
    """(slug, test name) -> the test function's body, from the visible test files only."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(problem.tests_dir.glob("test_*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.parse(source).body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
                body = [ast.get_source_segment(source, statement, padded=True) or "" for statement in node.body]
                found[(problem.slug, node.name)] = textwrap.dedent("\n".join(body)).strip()
    return found
