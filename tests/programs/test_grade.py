"""Grading io problems end to end, on both sandboxes: every verdict a program
can get, what hidden cases may say, checker.py and its faults.

Submissions live in tests/programs/submissions/<VERDICT>/ and are graded
against tests/programs/problems/add/; the folder names the verdict."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from judge.grading.grade import grade, grade_file
from judge.problem.loader import load_problem
from judge.reporters.text import TextReporter
from judge.results import SubmissionResult
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict
from tests.conftest import REPO
from tests.docker_support import docker_sandbox_or_skip

HERE = Path(__file__).parent
ADD = HERE / "problems" / "add"
DIVISOR = HERE / "problems" / "divisor"
SUBMISSIONS = sorted((HERE / "submissions").glob("*/*.py"))
SECRET_DATA = ["123456789012345678901234567890", "40 2"]  # (the answer 42 could be a digit run of a CPU time)


@pytest.fixture(params=["local", pytest.param("docker", marks=pytest.mark.docker)])
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    chosen = LocalSandbox() if request.param == "local" else docker_sandbox_or_skip()
    yield chosen
    chosen.close()


def submit(folder: Path, source: str, sandbox: Sandbox, hidden: bool = True) -> SubmissionResult:
    return grade(load_problem(folder), source, sandbox, hidden=hidden)


@pytest.mark.parametrize("path", SUBMISSIONS, ids=[f"{p.parent.name}/{p.name}" for p in SUBMISSIONS])
def test_each_submission_gets_the_verdict_of_its_folder(path: Path, sandbox: Sandbox) -> None:
    result = grade_file(load_problem(ADD), path, sandbox)
    assert result.verdict is Verdict[path.parent.name], result.to_json()


def test_the_reference_passes_samples_and_secret_data_with_categories(sandbox: Sandbox) -> None:
    result = submit(ADD, (ADD / "reference" / "solution.py").read_text(), sandbox)
    assert result.verdict is Verdict.AC
    shown = {(c.name, c.visibility, c.category) for c in result.cases}
    assert shown == {
        ("sample/1", "visible", ""),
        ("secret/small", "hidden", "two small numbers"),  # from [cases.small]
        ("secret/large/1", "hidden", "large"),  # from its subfolder
    }
    assert all(c.cpu > 0 for c in result.cases)


def test_judge_test_runs_the_samples_only(sandbox: Sandbox) -> None:
    result = submit(ADD, "print(3)\n", sandbox, hidden=False)
    assert result.verdict is Verdict.AC
    assert [c.name for c in result.cases] == ["sample/1"]


def test_a_failing_sample_is_shown_in_full() -> None:
    result = submit(ADD, "print(4)\n", LocalSandbox(), hidden=False)
    case = result.cases[0]
    assert case.verdict is Verdict.WA and case.message == "token 1: expected '3', got '4'"
    assert case.counterexample is not None
    assert (case.counterexample.input, case.counterexample.expected, case.counterexample.actual) == ("1 2", "3", "4")


def test_hidden_failures_say_their_category_and_never_their_data() -> None:
    source = "a, b = map(int, input().split())\nprint(a + b if a < 10 else -1)\n"
    result = submit(ADD, source, LocalSandbox())
    assert result.verdict is Verdict.WA
    hidden = [c for c in result.cases if c.visibility == "hidden"]
    assert all(c.verdict is Verdict.WA and c.message == "wrong answer" and c.counterexample is None for c in hidden)
    text = str(result.to_json())
    assert not any(data in text for data in SECRET_DATA)


def test_the_smallest_failing_secret_case_is_named_by_category() -> None:
    # Both secret cases fail; the smaller input (secret/small) is the one named.
    result = submit(ADD, "a, b = map(int, input().split())\nprint(a + b if a < 10 else -1)\n", LocalSandbox())
    assert result.extra["smallest_failing_hidden"] == {"category": "two small numbers", "verdict": "WA"}
    assert result.message == ""  # the verdict is the cases': no message of the submission's own


def test_an_io_result_fits_the_documented_json_schema() -> None:
    result = submit(ADD, "a, b = map(int, input().split())\nprint(a + b if a < 10 else -1)\n", LocalSandbox())
    schema = json.loads((REPO / "docs" / "schemas" / "submission-result.schema.json").read_text())
    errors = [error.message for error in Draft202012Validator(schema).iter_errors(result.to_json())]
    assert errors == []
    assert result.to_json()["smallest_failing_hidden"] == {"category": "two small numbers", "verdict": "WA"}


def test_the_text_report_names_the_smallest_failing_hidden_case_by_category() -> None:
    stream = io.StringIO()
    grade(load_problem(ADD), "print(3)\n", LocalSandbox(), reporter=TextReporter(stream))
    assert "smallest failing hidden case: two small numbers (WA)" in stream.getvalue()


def test_a_runtime_error_shows_the_trace_by_the_file_name() -> None:
    result = grade_file(load_problem(ADD), HERE / "submissions" / "RE" / "raises.py", LocalSandbox())
    failed = next(c for c in result.cases if c.verdict is Verdict.RE)
    assert "ValueError: too large" in failed.message
    assert 'File "solution.py", line 3' in failed.message


def test_a_syntax_error_is_ce_for_the_whole_submission() -> None:
    result = grade_file(load_problem(ADD), HERE / "submissions" / "CE" / "syntax.py", LocalSandbox())
    assert result.verdict is Verdict.CE and result.cases == ()
    assert result.message.startswith("syntax.py: ") and "SyntaxError" in result.message


def test_checker_py_decides_and_its_message_shows_on_a_visible_case(sandbox: Sandbox) -> None:
    assert submit(DIVISOR, "n = int(input())\nprint(n // 2 if n % 2 == 0 else 7)\n", sandbox).verdict is Verdict.AC
    result = submit(DIVISOR, "print(5)\n", sandbox, hidden=False)
    assert result.verdict is Verdict.WA
    assert result.cases[0].message == "5 is not a divisor of 12 between 1 and 12"


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("def check(input, expected, output):\n    raise KeyError('oops')\n", "checker.py raised KeyError"),
        ("def check(input, expected, output):\n    return True\n", "checker.py returned True"),
        ("from judge.verdicts import Verdict\ndef check(input, expected, output):\n    return Verdict.TLE\n", "returned <Verdict.TLE"),
    ],
)
def test_a_faulty_checker_is_an_internal_error_never_the_candidates(tmp_path: Path, body: str, said: str) -> None:
    folder = tmp_path / "divisor"
    shutil.copytree(DIVISOR, folder)
    (folder / "checker.py").write_text(body)
    result = submit(folder, "print(2)\n", LocalSandbox(), hidden=False)
    assert result.verdict is Verdict.IE
    assert said in result.cases[0].message


def test_a_checker_that_does_not_import_is_an_internal_error_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "divisor"
    shutil.copytree(DIVISOR, folder)
    (folder / "checker.py").write_text("import nothing_by_this_name\n")
    result = submit(folder, "print(2)\n", LocalSandbox(), hidden=False)
    assert result.verdict is Verdict.IE and result.cases == ()
    assert "checker.py: does not import: ModuleNotFoundError" in result.message


def test_a_problem_without_samples_has_nothing_to_test(tmp_path: Path) -> None:
    folder = tmp_path / "add"
    shutil.copytree(ADD, folder)
    shutil.rmtree(folder / "data" / "sample")
    result = submit(folder, "print(3)\n", LocalSandbox(), hidden=False)
    assert result.verdict is Verdict.IE and "no sample cases" in result.message
