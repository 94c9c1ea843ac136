"""The terminal report: cases as they finish, then the verdict and what broke."""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager, nullcontext
from typing import IO, Any

from rich.console import Console
from rich.markup import escape

from judge.problem.model import Problem
from judge.reporters.base import Reporter
from judge.results import CaseResult, SubmissionResult
from judge.verdicts import Verdict

STYLE = {Verdict.AC: "green", Verdict.WA: "red", Verdict.RE: "red", Verdict.IE: "magenta"}


def badge(verdict: Verdict) -> str:
    return f"[bold {STYLE.get(verdict, 'yellow')}]{verdict.name:>3}[/]"


class TextReporter(Reporter):
    def __init__(self, stream: IO[str] | None = None):
        # Bound now: grading redirects sys.stdout while pytest runs.
        self.console = Console(file=stream or sys.stdout, highlight=False, soft_wrap=True)
        self._told = False  # the verdict line is out (before the complexity stage)
        self._mode = "submit"

    def start(self, problem: Problem, sandbox: dict[str, Any], mode: str) -> None:
        self._mode = mode
        what = "visible tests" if mode == "test" else "visible and hidden tests"
        self.console.print(f"[bold]{escape(problem.title)}[/] — {what}, {escape(str(sandbox.get('name')))} sandbox")
        if not sandbox.get("boundary", True):
            self.console.print(f"[dim]{escape(str(sandbox.get('note', '')))}[/]")

    def case(self, case: CaseResult) -> None:
        label = escape(case.name) if case.visibility == "visible" else f"hidden: {escape(case.name)}"
        category = f" [dim]({escape(case.category)})[/]" if case.category else ""
        self.console.print(f"  {badge(case.verdict)}  {label}{category}")
        if case.verdict is not Verdict.AC and case.message:
            for line in case.message.splitlines()[:12]:
                self.console.print(f"        [dim]{escape(line)}[/]")
        # What it printed: under a failing case, and under a passing one while
        # testing (`judge test`); a property test's is its counterexample's, shown there.
        if case.stdout and case.counterexample is None and (case.verdict is not Verdict.AC or self._mode == "test"):
            self._printed(case.stdout, "        ")

    def verdict(self, result: SubmissionResult) -> None:
        # Told now: growth takes seconds more to measure, and may be skipped.
        self._details(result)
        self._verdict_line(result)
        self._told = True
        self.console.file.flush()

    def measuring(self) -> AbstractContextManager[Any]:
        if not self.console.is_terminal:
            return nullcontext()
        return self.console.status("measuring how the cost grows against the reference (Ctrl-C skips this hint)")

    def finish(self, result: SubmissionResult) -> None:
        if self._told:
            self._growth(result)
            return
        self._details(result)
        self._growth(result)
        self._verdict_line(result)

    def _details(self, result: SubmissionResult) -> None:
        spelled = result.extra.get("entry_points")
        if isinstance(spelled, dict) and spelled:
            pairs = ", ".join(f"{theirs} as {ours}" for ours, theirs in spelled.items())
            self.console.print(f"[dim]LeetCode style accepted: graded {escape(pairs)}[/]")
        ce = result.counterexample
        if ce is not None:
            self.console.print("\n[bold]Smallest failing input[/]")
            for line in ce.input.splitlines():
                self.console.print(f"    {escape(line)}")
            if ce.expected is not None:
                self.console.print(f"  expected: {escape(ce.expected)}")
            self.console.print(f"  got:      {escape(ce.actual)}")
            printed = next((c.stdout for c in result.cases if c.counterexample is ce), "")
            if printed:
                self._printed(printed, "  ")
        smallest = result.extra.get("smallest_failing_hidden")  # an io problem's: its secret cases run smallest first
        if isinstance(smallest, dict):
            self.console.print(f"\nsmallest failing hidden case: {escape(str(smallest.get('category')))} ({smallest.get('verdict')})")
        if result.message:
            self.console.print(f"\n{escape(result.message)}")

    def _printed(self, text: str, indent: str) -> None:
        self.console.print(f"{indent}printed:")
        for line in text.splitlines():
            self.console.print(f"{indent}  | {escape(line)}")

    def _growth(self, result: SubmissionResult) -> None:
        growth = result.extra.get("complexity")
        if isinstance(growth, dict):
            sure = f" (confidence {growth['confidence']:.0%})" if growth.get("verdict") != "inconclusive" else ""
            self.console.print(f"\n[bold]Complexity[/]  {escape(str(growth.get('message', '')))}{sure}")
        elif result.extra.get("complexity_skipped"):
            self.console.print("\n[bold]Complexity[/]  hint skipped (interrupted); the verdict above stands")

    def _verdict_line(self, result: SubmissionResult) -> None:
        passed = sum(c.verdict is Verdict.AC for c in result.cases)
        tally = f"{passed}/{len(result.cases)} cases, score {result.score:.0%}" if result.cases else "no case ran"
        if any(case.points != 1 for case in result.cases):  # the score weighs cases by points: say so
            tally = f"{passed}/{len(result.cases)} cases, {result.points:g}/{result.max_points:g} points, score {result.score:.0%}"
        self.console.print(f"\n{badge(result.verdict)}  {result.verdict.value} — {tally} ({result.duration:.1f} s)")
