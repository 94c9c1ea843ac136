"""Ordinary test suites through the proxy, graded end to end on both sandboxes.

generality/problem is a module in the style of Exercism's exercises, with a
unittest-style and a pytest-style test file that touch each thing a proxy
must do; each file in generality/submissions breaks one of them and declares
its verdict (`# verdict: X`).  generality/imports has test files that fail
to import: each is one result, the rest of the grading goes on.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.grading.grade import grade_file
from judge.problem import load_problem
from judge.results import SubmissionResult
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict, parse
from tests.cli_support import SANDBOXES, assert_no_traceback, judge, usable
from tests.docker_support import docker_sandbox_or_skip

HERE = Path(__file__).parent / "generality"
PROBLEM = load_problem(HERE / "problem")
IMPORTS = load_problem(HERE / "imports")
SUBMISSIONS = sorted((HERE / "submissions").glob("*.py"))


@pytest.fixture(scope="module", params=SANDBOXES)
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    chosen = LocalSandbox() if request.param == "local" else docker_sandbox_or_skip()
    yield chosen
    chosen.close()


@functools.cache
def graded(path: Path, sandbox: Sandbox, problem_root: Path = PROBLEM.root) -> SubmissionResult:
    problem = PROBLEM if problem_root == PROBLEM.root else IMPORTS
    return grade_file(problem, path, sandbox, complexity=False)


def summary(result: SubmissionResult) -> str:
    return "; ".join(f"{c.name} {c.verdict.name}: {c.message[:300]}" for c in result.cases if c.verdict is not Verdict.AC)


def test_the_reference_passes_both_styles_of_test(sandbox: Sandbox) -> None:
    result = graded(PROBLEM.reference, sandbox)
    assert result.verdict is Verdict.AC, summary(result)
    names = {c.name for c in result.cases}
    assert {"test_builtin_exception_is_the_builtin_class", "test_dunders", "test_a_stored_callback_runs_on_a_later_write"} <= names
    assert {"test_a_missing_method_is_an_attribute_error", "test_dates_and_times", "test_exact_numbers"} <= names
    assert len(result.cases) == 20  # 11 unittest methods, 9 pytest functions


@pytest.mark.parametrize("path", SUBMISSIONS, ids=lambda p: p.stem)
def test_each_broken_submission_gets_its_verdict(path: Path, sandbox: Sandbox) -> None:
    declared = parse(path.read_text().splitlines()[0].removeprefix("# verdict: "))
    result = graded(path, sandbox)
    assert result.verdict is declared, summary(result)


def test_an_exception_on_the_wrong_base_names_its_class(sandbox: Sandbox) -> None:
    result = graded(HERE / "submissions" / "re_own_exception_on_the_wrong_base.py", sandbox)
    failed = [c for c in result.cases if c.verdict is not Verdict.AC]
    assert [c.name for c in failed] == ["test_own_exception_keeps_its_builtin_base"]
    assert "raised solution.BufferEmptyException: Circular buffer is empty" in failed[0].message


def test_the_trace_names_objects_by_their_class(sandbox: Sandbox) -> None:
    result = graded(HERE / "submissions" / "wa_clock_without_equality.py", sandbox)
    (failed,) = [c for c in result.cases if c.verdict is not Verdict.AC]
    assert failed.name == "test_dunders" and "Clock(7, 15) != Clock(7, 15)" in failed.message  # the sandbox's repr


def test_each_test_file_that_fails_to_import_is_one_result(sandbox: Sandbox) -> None:
    result = graded(IMPORTS.reference, sandbox, IMPORTS.root)
    cases = {c.name: c for c in result.cases}
    assert result.verdict is Verdict.IE
    assert cases["test_samples"].verdict is Verdict.AC  # a helper module beside the test imports
    assert cases["test_scale"].verdict is Verdict.AC and cases["test_negative"].verdict is Verdict.AC
    visible = cases["tests/test_imports_a_missing_module.py"]
    assert visible.verdict is Verdict.IE and visible.visibility == "visible"
    assert "the problem's fault" in visible.message and "No module named 'module_nobody_wrote'" in visible.message
    hidden = cases["hidden/test_hidden_fails_to_import.py"]
    assert hidden.verdict is Verdict.IE and hidden.visibility == "hidden" and "hidden_module" not in hidden.message


def test_a_name_the_tests_import_and_the_submission_lacks_is_ce(sandbox: Sandbox) -> None:
    result = graded(IMPORTS.starter, sandbox, IMPORTS.root)
    case = next(c for c in result.cases if c.name == "tests/test_imports_a_constant.py")
    assert case.verdict is Verdict.CE and "'SCALE'" in case.message


@pytest.mark.parametrize("sandbox_name", SANDBOXES)
def test_the_cli_reports_a_file_that_fails_to_import_as_json(sandbox_name: str) -> None:
    result = judge("submit", IMPORTS.root, IMPORTS.reference, "--format", "json", "--no-complexity", "--sandbox", usable(sandbox_name))
    assert_no_traceback(result, 3)  # IE: the judge's or the problem's fault, with every case reported
    report = json.loads(result.stdout)
    assert report["verdict"] == "IE"
    assert {c["name"]: c["verdict"] for c in report["cases"]}["test_samples"] == "AC"
