"""History: every `test`, `submit` and `run` is kept (SQLite in the user's data
folder, the source included); `judge history [SLUG]` lists attempts with
verdicts, `--show N` prints a past source and its report; a broken or locked
store warns on one line and never costs a verdict."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from judge import history
from tests.cli_support import assert_no_traceback, judge
from tests.conftest import TWO_SUM

REFERENCE = TWO_SUM / "reference" / "solution.py"
WRONG = TWO_SUM / "wrong" / "WA" / "ignores_negatives.py"


def rows(output: str) -> list[list[str]]:
    return [line.split() for line in output.splitlines()[1:] if line.strip()]


def test_attempts_are_listed_newest_first_with_verdicts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(REFERENCE, "right.py")
    shutil.copy(WRONG, "wrong.py")
    assert_no_traceback(judge("test", "two-sum", "right.py", "--sandbox", "local"), 0)
    assert_no_traceback(judge("submit", "two-sum", "wrong.py", "--sandbox", "local", "--no-complexity"), 1)
    listed = judge("history")
    assert_no_traceback(listed, 0)
    newest, oldest = rows(listed.output)
    assert newest[0] == "2" and newest[3:] == ["submit", "two-sum", "wrong.py", "WA", "67%"]
    assert oldest[0] == "1" and oldest[3:] == ["test", "two-sum", "right.py", "AC", "100%"]


def test_history_of_one_problem(bank_copy: Path) -> None:
    assert_no_traceback(judge("test", "two-sum", REFERENCE, "--sandbox", "local"), 0)
    assert "no attempts yet at add-one" in judge("history", "add-one").output
    assert [row[0] for row in rows(judge("history", "two-sum").output) if row[0].isdigit()] == ["1"]


def test_show_prints_the_source_as_it_was_and_its_report(tmp_path: Path) -> None:
    mine = tmp_path / "mine.py"
    mine.write_text("def two_sum(nums, target):\n    return [0, 1]  # first try\n")
    assert_no_traceback(judge("test", "two-sum", mine, "--sandbox", "local"), 1)
    mine.write_text("changed since\n")
    shown = judge("history", "--show", "1")
    assert_no_traceback(shown, 0)
    assert "return [0, 1]  # first try" in shown.output and "changed since" not in shown.output
    assert "WA  test_pair_not_at_start" in shown.output
    assert "WA  wrong answer — 2/4 cases" in shown.output


def test_show_of_an_unknown_attempt_is_a_usage_error() -> None:
    result = judge("history", "--show", "7")
    assert_no_traceback(result, 2)
    assert "no attempt 7 in the history" in result.output


def test_a_broken_store_warns_and_keeps_the_verdict(private_history: Path) -> None:
    (private_history / history.FILE_NAME).write_bytes(b"this is not a database" * 100)
    result = judge("submit", "two-sum", WRONG, "--sandbox", "local", "--no-complexity")
    assert_no_traceback(result, 1)
    assert "WA  wrong answer" in result.stdout
    (warning,) = result.stderr.splitlines()
    assert warning.startswith("warning: this attempt was not added to the history (") and "not a database" in warning
    listed = judge("history")
    assert_no_traceback(listed, 1)
    assert "cannot be read" in listed.output


def test_a_locked_store_warns_and_keeps_the_verdict(private_history: Path) -> None:
    assert_no_traceback(judge("test", "two-sum", REFERENCE, "--sandbox", "local"), 0)  # creates the store
    locker = sqlite3.connect(private_history / history.FILE_NAME)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        result = judge("test", "two-sum", REFERENCE, "--sandbox", "local")
    finally:
        locker.close()
    assert_no_traceback(result, 0)
    assert "AC  accepted" in result.stdout
    assert "database is locked" in result.stderr and len(result.stderr.splitlines()) == 1


def test_the_store_lives_in_the_users_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JUDGE_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert history.store_path() == tmp_path / "data" / "judge" / "history.sqlite3"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert history.store_path() == tmp_path / "home" / ".local" / "share" / "judge" / "history.sqlite3"
