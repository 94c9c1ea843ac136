"""The candidate's history: every `test`, `submit` and `run`, kept locally in SQLite.

One file, `history.sqlite3`, in the user's data folder: $JUDGE_HOME if set,
else $XDG_DATA_HOME/judge, else ~/.local/share/judge.  Each attempt keeps the
source as it was sent and its report, so `judge history --show N` can print
both long after the file changed.  The same table is what a server's progress
pages would read.

The history must never cost a verdict: a store that cannot be opened, is
locked or is corrupt gives one warning line on stderr, and grading goes on.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FILE_NAME = "history.sqlite3"
LOCK_WAIT_SECONDS = 2.0  # another judge writing at the same moment: wait this long, then give up
SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,            -- UTC, ISO 8601
    command TEXT NOT NULL,       -- test | submit | run
    problem TEXT NOT NULL,
    file TEXT NOT NULL,          -- the submission's path as given
    verdict TEXT NOT NULL,       -- AC, WA, ... (for run: what the call ended in)
    score REAL,                  -- null for run
    source TEXT NOT NULL,
    result TEXT,                 -- the JSON result of test/submit
    report TEXT                  -- the text report of run
)
"""


class HistoryUnavailable(Exception):
    """The store cannot be read (for `judge history`, which then fails with one line)."""


@dataclass(frozen=True)
class Attempt:
    id: int
    at: str
    command: str
    problem: str
    file: str
    verdict: str
    score: float | None
    source: str
    result: dict[str, Any] | None
    report: str | None


def home() -> Path:
    explicit = os.environ.get("JUDGE_HOME")
    if explicit:
        return Path(explicit)
    data = os.environ.get("XDG_DATA_HOME")
    return (Path(data) if data else Path.home() / ".local" / "share") / "judge"


def store_path() -> Path:
    return home() / FILE_NAME


@contextmanager
def _connection() -> Iterator[sqlite3.Connection]:
    path = store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path, timeout=LOCK_WAIT_SECONDS)) as connection, connection:
        connection.execute(SCHEMA)
        yield connection


def record(
    command: str,
    problem: str,
    file: Path,
    source: str,
    verdict: str,
    *,
    score: float | None = None,
    result: dict[str, Any] | None = None,
    report: str | None = None,
) -> int | None:
    """Keep one attempt; its number, or None (after a one-line warning) when it cannot be kept."""
    row = (_now(), command, problem, str(file), verdict, score, source, json.dumps(result) if result is not None else None, report)
    try:
        with _connection() as connection:
            columns = "at, command, problem, file, verdict, score, source, result, report"
            cursor = connection.execute(f"INSERT INTO attempts ({columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
            return cursor.lastrowid
    except (sqlite3.Error, OSError) as exc:
        print(f"warning: this attempt was not added to the history ({store_path()}: {_reason(exc)})", file=sys.stderr)
        return None


def attempts(problem: str | None = None, limit: int = 20) -> list[Attempt]:
    """The latest attempts, newest first."""
    where, args = ("WHERE problem = ?", (problem,)) if problem else ("", ())
    return _query(f"SELECT * FROM attempts {where} ORDER BY id DESC LIMIT ?", (*args, limit))


def attempt(number: int) -> Attempt | None:
    found = _query("SELECT * FROM attempts WHERE id = ?", (number,))
    return found[0] if found else None


def _query(sql: str, args: tuple[Any, ...]) -> list[Attempt]:
    if not store_path().exists():
        return []
    try:
        with _connection() as connection:
            rows = connection.execute(sql, args).fetchall()
    except (sqlite3.Error, OSError) as exc:
        raise HistoryUnavailable(f"the history at {store_path()} cannot be read: {_reason(exc)}") from None
    return [_attempt(row) for row in rows]


def _attempt(row: tuple[Any, ...]) -> Attempt:
    number, at, command, problem, file, verdict, score, source, result, report = row
    try:
        parsed = json.loads(result) if result else None
    except ValueError:
        parsed = None
    return Attempt(number, at, command, problem, file, verdict, score, source, parsed if isinstance(parsed, dict) else None, report)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
