"""Grading two-sum end to end: verdicts, scores, counterexamples, and what hidden cases may say.

Submissions live in tests/grading/submissions/; the file name starts with the
verdict it must get (`wa_returns_empty.py` -> WA), or with `hack_` for files
that try to cheat and must get neither AC nor IE (IE is the judge's own fault).
"""

from __future__ import annotations

import ast
import functools
import os
import re
import sys
from pathlib import Path

import pytest

from judge.grading.grade import MAX_SOURCE_BYTES, grade, grade_file
from judge.problem import load_problem
from judge.results import SubmissionResult
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict
from tests.conftest import BANK, TWO_SUM

SUBMISSIONS = Path(__file__).parent / "submissions"
FILES = sorted(SUBMISSIONS.glob("*.py"))
HIDDEN_CASES = {
    "test_examples",
    "test_no_pair",
    "test_empty_and_single",
    "test_duplicates",
    "test_negative_numbers",
    "test_large_values",
    "test_large_input",
    "test_matches_reference",
}
# Data that only the hidden tests hold: none of it may reach a hidden case's message.
HIDDEN_DATA = ["90", "1000000000000000000", "2000000000000000000", "199999", "100000", "[1, 5, 5, 1]", "[-1, -2, -3"]


def expected_verdict(path: Path) -> Verdict | None:
    """`wa_x.py` -> WA; `hack_x.py` -> None (anything but AC and IE)."""
    prefix = path.stem.split("_", 1)[0]
    return None if prefix == "hack" else Verdict[prefix.upper()]


@functools.cache
def graded(path: Path, hidden: bool = True) -> SubmissionResult:
    """Each file is graded once per test session, whatever asks."""
    return grade_file(load_problem(TWO_SUM), path, LocalSandbox(), hidden=hidden)


def summary(result: SubmissionResult) -> str:
    lines = [f"{result.verdict.name} {result.message}"]
    lines += [f"  {c.visibility} {c.name}: {c.verdict.name} {c.message[:200]}" for c in result.cases]
    return "\n".join(lines)


# -- the problem's own solutions ------------------------------------------------


def test_reference_is_accepted_with_full_score(two_sum) -> None:
    result = graded(two_sum.reference)
    assert result.verdict is Verdict.AC, summary(result)
    assert result.accepted and result.score == 1.0
    assert result.points == result.max_points == 15.0
    assert result.mode == "submit" and result.sandbox["name"] == "local"
    assert result.counterexample is None and result.message == ""
    assert {c.name for c in result.cases if c.visibility == "hidden"} == HIDDEN_CASES
    assert {c.name for c in result.cases if c.visibility == "visible"} == {
        "test_first_example",
        "test_pair_not_at_start",
        "test_no_pair",
        "test_same_value_twice",
    }
    categories = {c.name: c.category for c in result.cases if c.visibility == "hidden"}
    assert categories["test_large_values"] == "large values" and categories["test_matches_reference"] == "random inputs"


def test_test_mode_runs_the_visible_cases_only(two_sum, local_sandbox) -> None:
    result = grade_file(two_sum, two_sum.reference, local_sandbox, hidden=False)
    assert result.verdict is Verdict.AC and result.mode == "test"
    assert {c.visibility for c in result.cases} == {"visible"} and len(result.cases) == 4


def test_wrong_answer_with_a_small_reproducible_counterexample(two_sum) -> None:
    path = two_sum.root / "wrong" / "WA" / "ignores_negatives.py"
    first = graded(path)
    second = grade_file(two_sum, path, LocalSandbox())
    assert first.verdict is Verdict.WA, summary(first)
    assert 0 < first.score < 1
    failed = {c.name for c in first.cases if c.verdict is not Verdict.AC}
    assert {"test_negative_numbers", "test_matches_reference"} <= failed

    ce = first.counterexample
    assert ce is not None
    call = re.fullmatch(r"two_sum\(nums=(\[.*?\]), target=(-?\d+)\)", ce.input)
    assert call, ce.input
    nums = ast.literal_eval(call.group(1))
    assert len(nums) <= 3 and any(n < 0 for n in nums), ce.input
    assert ce.expected is not None and ce.actual == "[]"
    # derandomized hypothesis, no database: the same report every time
    assert second.counterexample == ce
    assert [(c.name, c.verdict) for c in second.cases] == [(c.name, c.verdict) for c in first.cases]


def test_the_counterexample_is_a_real_failure(two_sum) -> None:
    """The input shown breaks the wrong solution and the expected value is a right answer."""
    ce = graded(two_sum.root / "wrong" / "WA" / "ignores_negatives.py").counterexample
    assert ce is not None
    call = re.fullmatch(r"two_sum\(nums=(\[.*?\]), target=(-?\d+)\)", ce.input)
    assert call
    nums, target = ast.literal_eval(call.group(1)), int(call.group(2))
    i, j = ast.literal_eval(ce.expected)
    assert i < j and nums[i] + nums[j] == target


# -- submissions, by file name ----------------------------------------------------


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_submission_gets_its_verdict(path: Path) -> None:
    result = graded(path)
    expected = expected_verdict(path)
    if expected is None:
        assert result.verdict not in (Verdict.AC, Verdict.IE), summary(result)
        assert result.score < 1
    else:
        assert result.verdict is expected, summary(result)
    if result.verdict is not Verdict.AC:
        assert not result.accepted


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_hidden_case_messages_hold_no_hidden_data(path: Path) -> None:
    result = graded(path)
    for case in result.cases:
        if case.visibility != "hidden":
            continue
        assert len(case.message) <= 300, f"{case.name}: a {len(case.message)}-character message"
        for datum in HIDDEN_DATA:
            assert datum not in case.message, f"{case.name} says {case.message[:200]!r}"


def test_every_submission_is_named_for_a_verdict() -> None:
    assert len(FILES) >= 10
    for path in FILES:
        expected_verdict(path)  # raises KeyError on a name that is no verdict


def test_syntax_error_is_ce_naming_the_line() -> None:
    result = graded(SUBMISSIONS / "ce_syntax_error.py")
    assert result.verdict is Verdict.CE and result.cases == ()
    assert "line 4" in result.message and "SyntaxError" in result.message
    assert result.score == 0.0


def test_missing_entry_point_is_ce_naming_it() -> None:
    result = graded(SUBMISSIONS / "ce_missing_entry_point.py")
    assert result.verdict is Verdict.CE and "two_sum" in result.message
    assert result.cases == (), "a submission that does not load runs no case"


def test_a_load_that_never_ends_is_one_tle_and_runs_no_case() -> None:
    result = graded(SUBMISSIONS / "tle_spins_while_loading.py")
    assert result.verdict is Verdict.TLE and result.cases == (), summary(result)
    assert "loading" in result.message


def test_runtime_error_shows_type_and_line_on_visible_cases_only() -> None:
    result = graded(SUBMISSIONS / "re_raises_key_error.py")
    visible = [c for c in result.cases if c.visibility == "visible"]
    hidden = [c for c in result.cases if c.visibility == "hidden"]
    assert all(c.verdict is Verdict.RE and c.line == 6 for c in result.cases)
    assert all("KeyError" in c.message and "line 6" in c.message for c in visible)
    assert all("KeyError" in c.message and "10000000000" not in c.message for c in hidden)


def test_os_exit_is_re_in_every_case() -> None:
    result = graded(SUBMISSIONS / "re_os_exit_in_call.py")
    assert result.verdict is Verdict.RE
    assert all(c.verdict is Verdict.RE for c in result.cases) and len(result.cases) == 12


def test_garbage_printing_submission_is_fully_accepted() -> None:
    result = graded(SUBMISSIONS / "ac_prints_garbage_then_answers.py")
    assert result.verdict is Verdict.AC and result.score == 1.0, summary(result)


# -- sources the judge cannot send --------------------------------------------------


def test_non_utf8_source_is_ce_with_one_line(two_sum, local_sandbox, tmp_path: Path) -> None:
    path = tmp_path / "latin1.py"
    path.write_bytes(b"# r\xe9sum\xe9\ndef two_sum(nums, target):\n    return []\n")
    result = grade_file(two_sum, path, local_sandbox)
    assert result.verdict is Verdict.CE and result.cases == ()
    assert "UTF-8" in result.message and "\n" not in result.message
    assert "0xe9" in result.message


def test_oversized_source_is_ce_with_one_line(two_sum, local_sandbox, tmp_path: Path) -> None:
    path = tmp_path / "huge.py"
    path.write_text("def two_sum(nums, target):\n    return []\n" + ("#" * 79 + "\n") * (MAX_SOURCE_BYTES // 80 + 1))
    assert path.stat().st_size > MAX_SOURCE_BYTES
    result = grade_file(two_sum, path, local_sandbox)
    assert result.verdict is Verdict.CE and result.cases == ()
    assert "MiB" in result.message and "\n" not in result.message


def test_grade_from_source_text(two_sum, local_sandbox) -> None:
    source = (two_sum.root / "reference" / "solution.py").read_text()
    result = grade(two_sum, source, local_sandbox, hidden=False)
    assert result.verdict is Verdict.AC


def test_results_survive_json(two_sum) -> None:
    result = graded(two_sum.root / "wrong" / "WA" / "ignores_negatives.py")
    again = SubmissionResult.from_json(result.to_json())
    assert again.verdict is result.verdict and again.cases == result.cases
    assert again.counterexample == result.counterexample and again.score == result.score


# -- the same grading wherever it runs ---------------------------------------------


def without_timing(result: SubmissionResult) -> dict[str, object]:
    data = result.to_json()
    data.pop("duration")
    data["cases"] = [{k: v for k, v in case.items() if k != "cpu"} for case in data["cases"]]
    return data


CALLERS_ENVIRONMENTS = {
    # With CI set, pytest diffs whole values with difflib in assertion
    # messages: this wrong answer then took minutes per case instead of
    # milliseconds (and hung CI).
    "ci": {"CI": "true", "BUILD_NUMBER": "7"},
    "addopts": {"PYTEST_ADDOPTS": "-x -vv"},
    "colour": {"FORCE_COLOR": "1", "PY_COLORS": "1"},
}


@pytest.mark.parametrize("environment", CALLERS_ENVIRONMENTS.values(), ids=CALLERS_ENVIRONMENTS.keys())
def test_grading_costs_and_says_the_same_whatever_the_callers_environment(
    environment: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    problem = load_problem(BANK / "path-sum-k")
    wrong = problem.root / "wrong" / "WA" / "stops_when_over_k.py"
    for name in {name for env in CALLERS_ENVIRONMENTS.values() for name in env}:
        monkeypatch.delenv(name, raising=False)  # plain, even where the suite itself runs on CI
    plain = grade_file(problem, wrong, LocalSandbox())
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    graded_there = grade_file(problem, wrong, LocalSandbox())
    assert without_timing(graded_there) == without_timing(plain)
    assert all(os.environ[name] == value for name, value in environment.items()), "the caller's environment is restored"


# -- what grading keeps between runs ------------------------------------------


def test_rewritten_tests_are_kept_in_the_judges_cache_not_in_the_bank(
    valid_problem_dir: Path, local_sandbox: LocalSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("JUDGE_CACHE", str(cache))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # as under PYTHONDONTWRITEBYTECODE=1
    problem = load_problem(valid_problem_dir)
    assert grade_file(problem, problem.reference, local_sandbox, complexity=False).accepted
    assert {p.name.split(".")[0] for p in cache.rglob("*.pyc")} >= {"test_visible", "test_hidden"}
    assert not list(valid_problem_dir.rglob("__pycache__"))
    assert sys.dont_write_bytecode and sys.pycache_prefix is None  # as they were


def test_a_changed_test_file_is_graded_as_it_is_now(
    valid_problem_dir: Path, local_sandbox: LocalSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JUDGE_CACHE", str(tmp_path / "cache"))
    problem = load_problem(valid_problem_dir)
    assert grade_file(problem, problem.reference, local_sandbox, complexity=False).accepted
    visible = valid_problem_dir / "tests" / "test_visible.py"
    visible.write_text(visible.read_text() + "\n\ndef test_added_later():\n    assert add_one(1) == 3, 'the changed test'\n")
    result = grade_file(problem, problem.reference, local_sandbox, complexity=False)
    assert result.verdict is Verdict.WA and "the changed test" in summary(result)


def test_a_grading_that_has_its_answer_runs_no_more_cases(two_sum) -> None:
    path = SUBMISSIONS / "wa_returns_empty.py"
    whole = graded(path)
    first_wrong = next(i for i, c in enumerate(whole.cases) if c.verdict is Verdict.WA)
    assert first_wrong + 1 < len(whole.cases), "the full grading runs cases after its first failure"
    cut = grade_file(two_sum, path, LocalSandbox(), enough=lambda cases: any(c.verdict is Verdict.WA for c in cases))
    assert [(c.name, c.verdict) for c in cut.cases] == [(c.name, c.verdict) for c in whole.cases[: first_wrong + 1]]
    assert cut.verdict is Verdict.WA and not cut.message
