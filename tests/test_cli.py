"""The command line: output, files, and exit codes (0 AC, 1 rejected, 2 usage/format, 3 internal)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from judge import __version__
from judge.cli import cli
from tests.conftest import BROKEN_PROBLEMS, REPO, TWO_SUM

REFERENCE = TWO_SUM / "reference" / "solution.py"
WRONG = TWO_SUM / "wrong" / "WA" / "ignores_negatives.py"


def run(*args: str | Path, env: dict[str, str | None] | None = None) -> Result:
    """The CLI as a user runs it; JUDGE_PROBLEMS is unset unless a test sets it."""
    return CliRunner().invoke(cli, [str(a) for a in args], env={"JUDGE_PROBLEMS": None, **(env or {})})


def run_in(bank: Path, *args: str | Path) -> Result:
    return run("--problems", bank, *args)


def assert_clean_exit(result: Result, code: int) -> None:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


def assert_one_line_error(result: Result, code: int, *phrases: str) -> str:
    """Exit `code`, no traceback, and exactly one `Error:` line, which it returns."""
    assert_clean_exit(result, code)
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.output
    for phrase in phrases:
        assert phrase in errors[0], errors[0]
    return errors[0]


# -- list ------------------------------------------------------------------------


def test_list(bank_copy: Path) -> None:
    result = run_in(bank_copy, "list")
    assert_clean_exit(result, 0)
    assert "two-sum" in result.output and "Two Sum" in result.output
    assert "add-one" in result.output and "Add One" in result.output


@pytest.mark.parametrize(
    ("options", "slugs"),
    [
        (["--topic", "hash map"], ["two-sum"]),
        (["--topic", "MATH"], ["add-one"]),
        (["--topic", "graphs"], []),
        (["--difficulty", "easy"], ["two-sum"]),
        (["--difficulty", "medium"], ["add-one"]),
        (["--difficulty", "hard"], []),
        (["--difficulty", "easy", "--topic", "math"], []),
        ([], ["add-one", "two-sum"]),
    ],
)
def test_list_filters_as_json(bank_copy: Path, options: list[str], slugs: list[str]) -> None:
    result = run_in(bank_copy, "list", *options, "--format", "json")
    assert_clean_exit(result, 0)
    rows = json.loads(result.stdout)
    assert [row["slug"] for row in rows] == slugs
    for row in rows:
        assert {"slug", "title", "difficulty", "topics", "ladder", "hidden_tests"} <= set(row)
        assert isinstance(row["topics"], list)


def test_list_json_fields(bank_copy: Path) -> None:
    rows = json.loads(run_in(bank_copy, "list", "--format", "json").stdout)
    two_sum = next(row for row in rows if row["slug"] == "two-sum")
    assert two_sum == {
        "slug": "two-sum",
        "title": "Two Sum",
        "difficulty": "easy",
        "topics": ["hash map", "arrays and strings"],
        "complexity": "O(n)",
        "entries": ["two_sum(nums: list[int], target: int) -> list[int]"],
        "module": "solution",
        "limits": {"time": 1.0, "wall": 3.0, "memory": 256},
        "hidden_tests": True,
        "ladder": True,
    }


def test_list_with_no_match_says_so(bank_copy: Path) -> None:
    result = run_in(bank_copy, "list", "--topic", "graphs")
    assert_clean_exit(result, 0)
    assert "no problem matches" in result.output


def test_list_rejects_an_unknown_difficulty(bank_copy: Path) -> None:
    assert_one_line_error(run_in(bank_copy, "list", "--difficulty", "impossible"), 2, "impossible")


# -- where the bank comes from ------------------------------------------------------


def test_judge_problems_env(bank_copy: Path) -> None:
    result = run("list", "--format", "json", env={"JUDGE_PROBLEMS": str(bank_copy)})
    assert_clean_exit(result, 0)
    assert [row["slug"] for row in json.loads(result.stdout)] == ["add-one", "two-sum"]


def test_problems_option_beats_the_env(bank_copy: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    shutil.copytree(TWO_SUM, other / "two-sum")
    result = run("--problems", other, "list", "--format", "json", env={"JUDGE_PROBLEMS": str(bank_copy)})
    assert_clean_exit(result, 0)
    assert [row["slug"] for row in json.loads(result.stdout)] == ["two-sum"]


def test_a_bank_that_does_not_exist(tmp_path: Path) -> None:
    assert_one_line_error(run_in(tmp_path / "nowhere", "list"), 2, "nowhere")


@pytest.mark.parametrize("case", ["bad_difficulty", "invalid_toml", "missing_statement"])
def test_a_broken_problem_in_the_bank_names_its_file(bank_copy: Path, case: str) -> None:
    shutil.copytree(BROKEN_PROBLEMS / case, bank_copy / "broken-one")
    expected = (BROKEN_PROBLEMS / case / "expected.txt").read_text().strip()
    for args in (["show", "broken-one"], ["submit", "broken-one", REFERENCE, "--sandbox", "local"]):
        line = assert_one_line_error(run_in(bank_copy, *args), 2, "broken-one/")
        assert expected in line, line
    # the healthy problems beside it still work, and still list: the broken one is named on one line, exit 2
    assert_clean_exit(run_in(bank_copy, "show", "two-sum"), 0)
    listed = run_in(bank_copy, "list")
    assert_clean_exit(listed, 2)
    (skipped,) = [line for line in listed.stderr.splitlines() if "broken-one/" in line]
    assert expected in skipped and skipped.startswith("skipped a broken problem:"), skipped
    assert "two-sum" in listed.stdout and "add-one" in listed.stdout


# -- show -------------------------------------------------------------------------


def test_show(bank_copy: Path) -> None:
    result = run_in(bank_copy, "show", "two-sum")
    assert_clean_exit(result, 0)
    for phrase in ("Two Sum", "easy", "hash map", "Given a list of integers", "1 s CPU", "256 MiB", "judge start two-sum"):
        assert phrase in result.output, phrase


def test_show_by_path(tmp_path: Path) -> None:
    result = run_in(tmp_path, "show", TWO_SUM)
    assert_clean_exit(result, 0)
    assert "Two Sum" in result.output


def test_show_unknown_problem_suggests(bank_copy: Path) -> None:
    line = assert_one_line_error(run_in(bank_copy, "show", "two-summ"), 2, "two-summ", "did you mean 'two-sum'")
    assert run_in(bank_copy, "show", "two-summ").output.strip() == line


# -- start ------------------------------------------------------------------------


def test_start_copies_what_a_candidate_needs(bank_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "work"
    result = run_in(bank_copy, "start", "two-sum", target)
    assert_clean_exit(result, 0)
    assert (target / "solution.py").read_text() == (TWO_SUM / "starter" / "solution.py").read_text()
    assert (target / "statement.md").read_text() == (TWO_SUM / "statement.md").read_text()
    assert (target / "tests" / "test_visible.py").read_text() == (TWO_SUM / "tests" / "test_visible.py").read_text()
    copied = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
    assert copied == {"solution.py", "statement.md", "tests/test_visible.py"}  # nothing hidden, no reference
    assert str(target / "solution.py") in result.output


def test_start_into_the_default_folder(bank_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert_clean_exit(run_in(bank_copy, "start", "add-one"), 0)
    assert (tmp_path / "add-one" / "solution.py").is_file()


def test_start_refuses_to_overwrite_without_force(bank_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "work"
    assert_clean_exit(run_in(bank_copy, "start", "two-sum", target), 0)
    mine = target / "solution.py"
    mine.write_text("# my work\n")
    assert_one_line_error(run_in(bank_copy, "start", "two-sum", target), 2, "already exists", "--force")
    assert mine.read_text() == "# my work\n"
    assert_clean_exit(run_in(bank_copy, "start", "two-sum", target, "--force"), 0)
    assert mine.read_text() == (TWO_SUM / "starter" / "solution.py").read_text()


def test_start_unknown_problem(bank_copy: Path, tmp_path: Path) -> None:
    assert_one_line_error(run_in(bank_copy, "start", "nope", tmp_path / "x"), 2, "unknown problem 'nope'")
    assert not (tmp_path / "x").exists()


# -- test and submit ------------------------------------------------------------------


@pytest.mark.parametrize(("command", "path", "code"), [("test", REFERENCE, 0), ("submit", REFERENCE, 0), ("submit", WRONG, 1)])
def test_exit_code_is_the_verdict(bank_copy: Path, command: str, path: Path, code: int) -> None:
    result = run_in(bank_copy, command, "two-sum", path, "--sandbox", "local")
    assert_clean_exit(result, code)
    # The last line, but for the complexity hint, which comes after the verdict.
    verdict_line = [line for line in result.output.strip().splitlines() if line.strip() and not line.startswith("Complexity")][-1]
    assert verdict_line.split()[:2] == (["AC", "accepted"] if code == 0 else ["WA", "wrong"]), verdict_line
    if command == "test":
        assert "hidden:" not in result.output
    else:
        assert "hidden: test_large_input" in result.output


def test_test_runs_visible_cases_only(bank_copy: Path) -> None:
    # ignores_negatives passes every visible case: only the hidden ones catch it
    result = run_in(bank_copy, "test", "two-sum", WRONG, "--sandbox", "local", "--format", "json")
    assert_clean_exit(result, 0)
    report = json.loads(result.stdout)
    assert report["mode"] == "test" and report["verdict"] == "AC"
    assert {case["visibility"] for case in report["cases"]} == {"visible"}


def test_submit_json_report(bank_copy: Path) -> None:
    result = run_in(bank_copy, "submit", "two-sum", WRONG, "--sandbox", "local", "--format", "json")
    assert_clean_exit(result, 1)
    report = json.loads(result.stdout)
    assert {"problem", "verdict", "score", "sandbox", "cases", "counterexample"} <= set(report)
    assert report["problem"] == "two-sum" and report["verdict"] == "WA"
    assert 0 < report["score"] < 1
    assert report["sandbox"]["name"] == "local"
    assert len(report["cases"]) == 12
    for case in report["cases"]:
        assert {"name", "visibility", "category", "verdict", "message"} <= set(case)
        assert case["visibility"] in ("visible", "hidden")
    failed = {case["name"] for case in report["cases"] if case["verdict"] == "WA"}
    assert {"test_negative_numbers", "test_matches_reference"} <= failed
    ce = report["counterexample"]
    assert set(ce) == {"input", "expected", "actual"} and ce["input"].startswith("two_sum(")


def test_submit_json_for_ce_has_the_same_keys(bank_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "broken.py"
    path.write_text("def two_sum(:\n")
    result = run_in(bank_copy, "submit", "two-sum", path, "--sandbox", "local", "--format", "json")
    assert_clean_exit(result, 1)
    report = json.loads(result.stdout)
    assert report["verdict"] == "CE" and report["cases"] == [] and report["counterexample"] is None
    assert report["score"] == 0 and "line 1" in report["message"]


def test_submit_text_report_shows_the_counterexample(bank_copy: Path) -> None:
    result = run_in(bank_copy, "submit", "two-sum", WRONG, "--sandbox", "local")
    assert_clean_exit(result, 1)
    assert "Smallest failing input" in result.output and "two_sum(nums=" in result.output
    assert "WA" in result.output and "wrong answer" in result.output


def test_submit_by_problem_path(tmp_path: Path) -> None:
    assert_clean_exit(run_in(tmp_path, "test", TWO_SUM, REFERENCE, "--sandbox", "local"), 0)


@pytest.mark.parametrize("command", ["test", "submit"])
def test_unknown_problem_is_a_usage_error(bank_copy: Path, command: str) -> None:
    result = run_in(bank_copy, command, "three-sum", REFERENCE, "--sandbox", "local")
    line = assert_one_line_error(result, 2, "unknown problem 'three-sum'")
    assert result.output.strip() == line


@pytest.mark.parametrize("command", ["test", "submit"])
def test_missing_file_is_a_usage_error(bank_copy: Path, tmp_path: Path, command: str) -> None:
    result = run_in(bank_copy, command, "two-sum", tmp_path / "nope.py", "--sandbox", "local")
    assert_one_line_error(result, 2, "nope.py")


def test_submit_without_hidden_tests_points_to_test(bank_copy: Path) -> None:
    shutil.rmtree(bank_copy / "two-sum" / "hidden")
    result = run_in(bank_copy, "submit", "two-sum", REFERENCE, "--sandbox", "local")
    assert_one_line_error(result, 2, "judge test")


@pytest.mark.parametrize("typo", ["sumbit", "tset", "lsit"])
def test_typo_command(bank_copy: Path, typo: str) -> None:
    assert_one_line_error(run_in(bank_copy, typo, "two-sum"), 2, typo)


def test_unknown_sandbox(bank_copy: Path) -> None:
    assert_one_line_error(run_in(bank_copy, "test", "two-sum", REFERENCE, "--sandbox", "vm"), 2, "vm")


def test_version_and_help() -> None:
    result = run("--version")
    assert_clean_exit(result, 0)
    assert __version__ in result.output
    result = run("--help")
    assert_clean_exit(result, 0)
    for command in ("list", "show", "start", "test", "submit", "validate"):
        assert command in result.output


def test_validate_a_problem(bank_copy: Path) -> None:
    result = run_in(bank_copy, "validate", "add-one", "--sandbox", "local")
    assert_clean_exit(result, 0)
    assert "0 failed checks" in result.output


def test_the_real_entry_point_reports_the_same_counterexample_in_every_process(bank_copy: Path) -> None:
    """`python -m judge`, twice, under different hash seeds: the same report."""
    reports = []
    for seed in ("1", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        env.pop("JUDGE_PROBLEMS", None)
        command = [sys.executable, "-m", "judge", "--problems", str(bank_copy), "submit", "two-sum", str(WRONG)]
        done = subprocess.run([*command, "--sandbox", "local", "--format", "json"], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        reports.append(json.loads(done.stdout))
    assert reports[0]["counterexample"] == reports[1]["counterexample"] is not None
    assert [c["verdict"] for c in reports[0]["cases"]] == [c["verdict"] for c in reports[1]["cases"]]


def test_the_entry_point_pins_the_hash_seed_before_importing_the_cli() -> None:
    """Starting again with PYTHONHASHSEED=0 happens before pytest, hypothesis
    and rich are imported: a re-exec after them paid their import twice."""
    probe = "import sys, judge.entry; print(sorted(m for m in ('judge.cli', 'pytest', 'hypothesis', 'rich') if m in sys.modules))"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
