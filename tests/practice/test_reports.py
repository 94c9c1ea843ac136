"""Every report format of `judge grade`: its schema, its fields, and no hidden data in any of them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import junitparser
import pytest
import xmlschema
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from judge.practice.results import ProblemOutcome, RepoResult, Status
from judge.reporters.github import command, workflow_annotations
from judge.reporters.junit import JUnitReporter
from judge.reporters.markdown import summary_markdown
from judge.results import CaseResult, SubmissionResult
from judge.verdicts import Verdict

from .conftest import GradedRun
from .support import CRASH_LINE, DOC_SCHEMAS, HIDDEN_DATA, SCHEMAS


def load(path: Path) -> Any:
    return json.loads(path.read_text())


def schema_errors(schema: dict[str, Any], data: Any, registry: Registry[Any] | None = None) -> list[str]:
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, registry=registry or Registry())
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def judge_schema_registry() -> Registry[Any]:
    submission = load(DOC_SCHEMAS / "submission-result.schema.json")
    return Registry().with_resource(submission["$id"], Resource.from_contents(submission))


# -- the judge's own JSON --------------------------------------------------------


def test_json_matches_the_documented_schema(graded: GradedRun) -> None:
    data = load(graded.reports["json"])
    assert schema_errors(load(DOC_SCHEMAS / "repo-result.schema.json"), data, judge_schema_registry()) == []
    assert (data["schema"], data["kind"], data["passed"], data["accepted"], data["total"]) == (1, "repo", False, 1, 4)
    assert [(p["problem"], p["status"], p["verdict"]) for p in data["problems"]] == [
        ("two-sum", "graded", "AC"),
        ("add-two", "graded", "WA"),
        ("count-vowels", "graded", "RE"),
        ("is-palindrome", "unsolved", None),
    ]


def test_json_round_trips_through_repo_result(graded: GradedRun) -> None:
    data = load(graded.reports["json"])
    assert RepoResult.from_json(data).to_json() == data


def test_submit_json_matches_the_documented_submission_schema(graded: GradedRun) -> None:
    for problem in load(graded.reports["json"])["problems"]:
        if problem["result"] is not None:
            assert schema_errors(load(DOC_SCHEMAS / "submission-result.schema.json"), problem["result"]) == []


# -- JUnit -----------------------------------------------------------------------


# Checked two ways: against a schema of what the judge promises, written here
# (schemas/judge-junit.xsd), and through junitparser, a reader CI tools use.
JUNIT_SCHEMA = SCHEMAS / "judge-junit.xsd"


def test_junit_validates_against_its_schema(graded: GradedRun) -> None:
    xmlschema.XMLSchema(JUNIT_SCHEMA).validate(graded.reports["junit"])


def test_junit_suites_and_cases_as_a_junit_reader_sees_them(graded: GradedRun) -> None:
    suites = {suite.name: suite for suite in junitparser.JUnitXml.fromfile(str(graded.reports["junit"]))}
    assert list(suites) == ["two-sum", "add-two", "count-vowels", "is-palindrome"]
    assert (suites["two-sum"].tests, suites["two-sum"].failures, suites["two-sum"].errors) == (12, 0, 0)
    assert suites["add-two"].failures == 2 and suites["add-two"].errors == 0
    assert suites["count-vowels"].errors == 2
    assert suites["is-palindrome"].skipped == 1
    for suite in suites.values():  # the counts agree with the cases themselves
        outcomes = [type(r).__name__ for case in suite for r in case.result]
        counted = (outcomes.count("Failure"), outcomes.count("Error"), outcomes.count("Skipped"))
        assert counted == (suite.failures, suite.errors, suite.skipped)
    (crashed, *_) = [case for case in suites["count-vowels"] if case.result]
    assert crashed.result[0].type == "RE" and crashed.result[0].message.startswith("RE: ")


def test_junit_survives_characters_xml_cannot_carry(tmp_path: Path) -> None:
    nasty = CaseResult("test_x", "visible", "", Verdict.RE, "raised ValueError: \x00\x1b[31m <&> ]]> bad", line=3)
    result = repo_result(SubmissionResult("p", Verdict.RE, {"name": "local"}, (nasty,)))
    path = tmp_path / "junit.xml"
    JUnitReporter(path).end_run(result)
    xmlschema.XMLSchema(JUNIT_SCHEMA).validate(path)
    (suite,) = junitparser.JUnitXml.fromfile(str(path))
    (case,) = suite
    assert "<&>" in case.result[0].text


# -- Exercism --------------------------------------------------------------------


def test_exercism_results_v3(graded: GradedRun) -> None:
    data = load(graded.reports["exercism"])
    assert schema_errors(load(SCHEMAS / "exercism-results-v3.schema.json"), data) == []
    assert (data["version"], data["status"], data["message"]) == (3, "fail", None)
    for test in data["tests"]:
        assert isinstance(test["name"], str) and test["status"] in ("pass", "fail", "error")
        assert isinstance(test["test_code"], str) and isinstance(test["output"], str)
        assert isinstance(test["task_id"], int) and not isinstance(test["task_id"], bool)
        assert test["message"] is None if test["status"] == "pass" else isinstance(test["message"], str)
    by_name = {t["name"]: t for t in data["tests"]}
    assert by_name["two-sum: test_first_example"]["test_code"] == "assert two_sum([2, 7, 11, 15], 9) == [0, 1]"
    assert by_name["count-vowels: hidden: test_empty (empty input)"]["status"] == "error"
    assert by_name["add-two: hidden: test_negative (negative numbers)"]["status"] == "fail"
    assert by_name["is-palindrome: is-palindrome/solution.py"]["status"] == "fail"
    assert {t["task_id"] for t in data["tests"]} == {1, 2, 3, 4}


def test_exercism_error_when_nothing_ran(tmp_path: Path) -> None:
    from judge.reporters.exercism import exercism_results

    broken = SubmissionResult("p", Verdict.CE, {"name": "local"}, (), message="solution.py, line 1: SyntaxError")
    data = exercism_results(repo_result(broken), {})
    assert schema_errors(load(SCHEMAS / "exercism-results-v3.schema.json"), data) == []
    assert data["status"] == "error" and "SyntaxError" in data["message"]


# -- Gradescope ------------------------------------------------------------------


def test_gradescope_results(graded: GradedRun) -> None:
    data = load(graded.reports["gradescope"])
    assert schema_errors(load(SCHEMAS / "gradescope-results.schema.json"), data) == []
    for test in data["tests"]:
        assert isinstance(test["score"], (int, float)) and isinstance(test["max_score"], (int, float))
        assert isinstance(test["name"], str) and isinstance(test["output"], str)
        assert isinstance(test["tags"], list) and test["visibility"] in ("visible", "hidden", "after_due_date", "after_published")
    per_problem: dict[str, float] = {}
    for test in data["tests"]:
        slug = test["name"].split(":")[0]
        per_problem[slug] = per_problem.get(slug, 0.0) + test["max_score"]
    assert per_problem == pytest.approx({"two-sum": 10.0, "add-two": 10.0, "count-vowels": 10.0, "is-palindrome": 10.0}, abs=1e-3)
    assert data["score"] == pytest.approx(sum(t["score"] for t in data["tests"]), abs=0.01)


def test_gradescope_hidden_cases_take_the_problems_visibility(graded: GradedRun) -> None:
    tests = load(graded.reports["gradescope"])["tests"]
    seen = {(t["name"].split(":")[0], "hidden:" in t["name"], t["visibility"]) for t in tests}
    assert ("add-two", True, "hidden") in seen  # [grading] hidden_visibility = "hidden"
    assert ("two-sum", True, "after_due_date") in seen  # the default
    assert all(vis == "visible" for _, hidden, vis in seen if not hidden)


# -- GitHub Actions --------------------------------------------------------------


def test_annotation_points_at_the_line_that_raised(graded: GradedRun) -> None:
    lines = [line for line in graded.result.output.splitlines() if line.startswith("::")]
    assert any(line.startswith(f"::error file=count-vowels/solution.py,line={CRASH_LINE},") for line in lines), lines
    assert any(line.startswith("::error file=add-two/solution.py,title=add-two%3A WA") for line in lines), lines
    assert any(line.startswith("::warning file=is-palindrome/solution.py,") for line in lines), lines
    assert not any("two-sum" in line for line in lines)


def test_job_summary_is_markdown_with_the_table(graded: GradedRun) -> None:
    summary = graded.reports["github"].read_text()
    assert summary.startswith("## judge: ❌ not passed — 1/4 accepted")
    assert "| Two Sum | ✅ AC | 100% | 12/12 | `two-sum/solution.py` |" in summary
    assert "| Is Palindrome | ⬜ unsolved | 0% | – |" in summary
    assert "<details><summary>count-vowels: RE" in summary


def test_workflow_commands_escape_what_github_decodes() -> None:
    line = command("error", "50% done\nnext", file="a,b.py", line=3, title="x: y")
    assert line == "::error file=a%2Cb.py,line=3,title=x%3A y::50%25 done%0Anext"


def test_a_message_cannot_close_the_markdown_fence() -> None:
    sneaky = CaseResult("test_x", "visible", "", Verdict.WA, "```\n# injected heading\n```")
    summary = summary_markdown(repo_result(SubmissionResult("p", Verdict.WA, {"name": "local"}, (sneaky,))))
    assert "````text" in summary


def test_annotations_without_a_line_name_the_file() -> None:
    broken = SubmissionResult("p", Verdict.CE, {"name": "local"}, (), message="solution.py, line 2: SyntaxError: invalid syntax")
    assert workflow_annotations(repo_result(broken)) == [
        "::error file=p/solution.py,line=2,title=p%3A CE::solution.py, line 2: SyntaxError: invalid syntax"
    ]


# -- hidden data -----------------------------------------------------------------


def test_no_report_carries_hidden_test_data(graded: GradedRun) -> None:
    texts = [path.read_text() for path in graded.reports.values()] + [graded.result.output]
    for text in texts:
        for secret in HIDDEN_DATA:
            assert secret not in text
    names = [t["name"] for t in load(graded.reports["exercism"])["tests"] if "hidden:" in t["name"]]
    assert "add-two: hidden: test_secret_value (large values)" in names  # the category shows


def test_hidden_parametrized_ids_lose_their_data() -> None:
    from judge.reporters.cases import case_names

    cases = tuple(CaseResult(f"test_edge[{data}]", "hidden", "edge", Verdict.AC, "") for data in ("123-456", "789-0"))
    visible = CaseResult("test_edge[1-2]", "visible", "", Verdict.AC, "")
    names = case_names(SubmissionResult("p", Verdict.AC, {}, (*cases, visible)))
    assert names == ["test_edge[1]", "test_edge[2]", "test_edge[1-2]"]


def repo_result(result: SubmissionResult) -> RepoResult:
    return RepoResult(
        "r", (ProblemOutcome(result.problem, "P", f"{result.problem}/solution.py", Status.GRADED, result),), {"name": "local"}
    )
