"""The event interface every reporter implements; each method may be left as is."""

from __future__ import annotations

from typing import Any

from judge.problem.model import Problem
from judge.results import CaseResult, SubmissionResult


class Reporter:
    def start(self, problem: Problem, sandbox: dict[str, Any], mode: str) -> None:
        """Grading begins."""

    def case(self, case: CaseResult) -> None:
        """One case is judged (called as each finishes)."""

    def finish(self, result: SubmissionResult) -> None:
        """Grading is over; `result` is final."""
