"""Paths, solutions and CLI helpers shared by the practice-repo tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from judge.cli import cli

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIXTURE_BANK = HERE / "bank"  # tiny problems: quick to grade
SCHEMAS = HERE / "schemas"
DOC_SCHEMAS = ROOT / "docs" / "schemas"
TWO_SUM = ROOT / "problems" / "two-sum"

# The fixture repo: one problem accepted, one wrong, one crashing, one unsolved.
PROBLEMS = ("two-sum", "add-two", "count-vowels", "is-palindrome")
ACCEPTED = (TWO_SUM / "reference" / "solution.py").read_text()
WRONG = (FIXTURE_BANK / "add-two" / "wrong" / "WA" / "ignores_negatives.py").read_text()
CRASH_LINE = 4
CRASHING = """def count_vowels(s: str) -> int:
    total = 0
    if not s:
        raise ValueError("nothing to count")  # line 4: the annotation points here
    for c in s:
        total += c in "aeiouAEIOU"
    return total
"""
# Data of hidden fixed cases: no report may contain it.
HIDDEN_DATA = ("7777777777777", "7777777777779", "SECRETSHOUTAEIOU")


def make_bank(target: Path, slugs: tuple[str, ...] = PROBLEMS) -> Path:
    """A bank with two-sum and the fixture problems."""
    target.mkdir(parents=True, exist_ok=True)
    for slug in slugs:
        source = TWO_SUM if slug == "two-sum" else FIXTURE_BANK / slug
        shutil.copytree(source, target / slug)
    return target


def run(*args: str | Path, env: dict[str, str | None] | None = None) -> Result:
    """The CLI as a user runs it, outside GitHub Actions and CI unless a test says so."""
    base: dict[str, str | None] = {"JUDGE_PROBLEMS": None, "GITHUB_STEP_SUMMARY": None, "GITHUB_WORKSPACE": None, "CI": None}
    return CliRunner().invoke(cli, [str(a) for a in args], env={**base, **(env or {})})


def solve(repo: Path, slug: str, source: str) -> None:
    (repo / slug / "solution.py").write_text(source)


def fill_fixture_repo(repo: Path) -> None:
    """Accepted two-sum, wrong add-two, crashing count-vowels; is-palindrome stays the starter."""
    solve(repo, "two-sum", ACCEPTED)
    solve(repo, "add-two", WRONG)
    solve(repo, "count-vowels", CRASHING)


def assert_clean_exit(result: Result, code: int) -> None:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


def assert_one_line_error(result: Result, code: int, *phrases: str) -> str:
    """Exit `code`, no traceback, exactly one `Error:` line, which it returns."""
    assert_clean_exit(result, code)
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.output
    for phrase in phrases:
        assert phrase in errors[0], errors[0]
    return errors[0]
