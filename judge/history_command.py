"""`judge history [SLUG]` and `judge history --show N`; and the recording of each grading."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from judge import history
from judge.errors import JudgeError, UsageError
from judge.reporters.text import TextReporter
from judge.results import SubmissionResult
from judge.sources import SourceRejected, read_source


def record_grading(command: str, file: Path, result: SubmissionResult) -> None:
    """Keep a `test` or `submit` in the history (a warning, never an error, when it cannot be kept)."""
    history.record(command, result.problem, file, source_as_sent(file), result.verdict.name, score=result.score, result=result.to_json())


def source_as_sent(file: Path) -> str:
    """The source as the judge read it; a file it could not read is kept as best it can be."""
    try:
        return read_source(file)
    except SourceRejected:
        return file.read_bytes()[: 1 << 20].decode("utf-8", errors="replace")
    except OSError:
        return ""


@click.command("history")
@click.argument("slug", required=False)
@click.option("--show", "number", type=int, metavar="N", help="Print attempt N: its source and its report.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many attempts to list.")
def history_command(slug: str | None, number: int | None, limit: int) -> None:
    """List your attempts (test, submit, run), newest first, or show one.

    They are kept in history.sqlite3 in $JUDGE_HOME, else $XDG_DATA_HOME/judge,
    else ~/.local/share/judge."""
    console = Console(highlight=False, soft_wrap=True)
    try:
        if number is not None:
            show_attempt(console, number)
        else:
            list_attempts(console, slug, limit)
    except history.HistoryUnavailable as exc:
        raise HistoryUnreadable(str(exc)) from None


class HistoryUnreadable(JudgeError):
    exit_code = 1  # the user's store is broken: not the judge's internal error, not a usage error


def list_attempts(console: Console, slug: str | None, limit: int) -> None:
    found = history.attempts(slug, limit)
    if not found:
        console.print(f"no attempts yet{f' at {escape(slug)}' if slug else ''} (history: {escape(str(history.store_path()))})")
        return
    table = Table(box=None, pad_edge=False)
    for name in ("#", "when (UTC)", "command", "problem"):
        table.add_column(name, no_wrap=True)
    table.add_column("file", overflow="fold")  # a long path wraps; the verdict stays in view
    for name in ("verdict", "score"):
        table.add_column(name, no_wrap=True)
    for a in found:
        score = f"{a.score:.0%}" if a.score is not None else ""
        table.add_row(str(a.id), a.at.replace("T", " ")[:19], a.command, escape(a.problem), escape(a.file), a.verdict, score)
    console.print(table)


def show_attempt(console: Console, number: int) -> None:
    found = history.attempt(number)
    if found is None:
        raise UsageError(f"no attempt {number} in the history (`judge history` lists them)")
    console.print(f"[bold]#{found.id}[/] {found.command} {escape(found.problem)} {escape(found.file)} — {found.verdict}, {found.at}")
    console.print("\n[bold]Source[/]")
    console.print(escape(found.source), markup=True)
    console.print("[bold]Report[/]")
    if found.result is not None:
        render_result(console, found.result)
    elif found.report:
        console.print(escape(found.report))


def render_result(console: Console, data: dict[str, object]) -> None:
    try:
        result = SubmissionResult.from_json(data)
    except (KeyError, TypeError, ValueError):
        console.print("(the stored report is not readable by this version of judge)")
        return
    reporter = TextReporter(console.file)
    for case in result.cases:
        reporter.case(case)
    reporter.finish(result)
