"""The terminal report of `judge grade`: one line per problem as it is graded, then the table."""

from __future__ import annotations

import sys
from typing import IO

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from judge.practice.model import RunPlan
from judge.practice.results import ProblemOutcome, RepoResult
from judge.reporters.base import Reporter
from judge.reporters.cases import case_title, describe_ungraded, failures, growth_note
from judge.reporters.text import badge
from judge.results import SubmissionResult
from judge.verdicts import Verdict


class SummaryReporter(Reporter):
    def __init__(self, stream: IO[str] | None = None):
        # Bound now: grading redirects sys.stdout while pytest runs.
        self.console = Console(file=stream or sys.stdout, highlight=False, soft_wrap=True)

    def begin_run(self, plan: RunPlan) -> None:
        count = len(plan.solutions)
        self.console.print(
            f"[bold]{escape(plan.name)}[/]: {count} problem{'s' * (count != 1)}, {escape(str(plan.sandbox.get('name')))} sandbox"
        )
        if not plan.sandbox.get("boundary", True):
            self.console.print(f"[dim]{escape(str(plan.sandbox.get('note', '')))}[/]")

    def finish(self, result: SubmissionResult) -> None:
        self.console.print(f"  {badge(result.verdict)}  {escape(result.problem)} [dim]({result.duration:.1f} s)[/]")

    def end_run(self, result: RepoResult) -> None:
        rows = [_row(outcome) for outcome in result.outcomes]
        table = Table(box=None, pad_edge=False)
        # Only the last column gives way on a narrow terminal (CI logs are 80 wide): it wraps.
        # (A no_wrap last column would make rich drop the middle ones instead.)
        for index, name in enumerate(("problem", "verdict", "score", "cases")):
            widest = max([len(name), *(Text.from_markup(row[index]).cell_len for row in rows)])
            table.add_column(name, no_wrap=True, min_width=widest)
        table.add_column("first failure, or growth", overflow="fold")
        for row in rows:
            table.add_row(*row)
        self.console.print()
        self.console.print(table)
        self.console.print()
        self.console.print(_bottom_line(result))


def _row(outcome: ProblemOutcome) -> tuple[str, ...]:
    result = outcome.result
    verdict = badge(result.verdict) if result is not None else f"[yellow]{outcome.label}[/]"
    cases = f"{sum(c.verdict is Verdict.AC for c in result.cases)}/{len(result.cases)}" if result and result.cases else "-"
    return (escape(outcome.problem), verdict, f"{outcome.score:.0%}", cases, escape(_note(outcome)))


def _note(outcome: ProblemOutcome) -> str:
    result = outcome.result
    if result is None:
        return describe_ungraded(outcome)
    if result.message:
        return result.message.splitlines()[0]
    failed = failures(result)
    if not failed:
        return growth_note(result)
    case, name = failed[0]
    message = case.message.splitlines()[0] if case.message else case.verdict.value
    return f"{case_title(case, name)}: {message}"


def _bottom_line(result: RepoResult) -> str:
    bar = "every problem accepted" if result.min_score is None else f"score ≥ {result.min_score:.0%}"
    verdict = "[bold green]passed[/]" if result.passed else "[bold red]not passed[/]"
    return f"{verdict} — {result.accepted}/{len(result.outcomes)} accepted, score {result.score:.0%} (bar: {bar}; {result.duration:.1f} s)"
