"""The event interface every reporter implements; each method may be left as is."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

from judge.problem.model import Problem
from judge.results import CaseResult, SubmissionResult

if TYPE_CHECKING:
    from judge.practice.model import RunPlan
    from judge.practice.results import RepoResult


class Reporter:
    def start(self, problem: Problem, sandbox: dict[str, Any], mode: str) -> None:
        """Grading begins."""

    def case(self, case: CaseResult) -> None:
        """One case is judged (called as each finishes)."""

    def verdict(self, result: SubmissionResult) -> None:
        """The cases are judged and the verdict is final; the complexity stage comes next."""

    def measuring(self) -> AbstractContextManager[None]:
        """Wraps the complexity stage (the terminal shows a spinner meanwhile)."""
        return nullcontext()

    def finish(self, result: SubmissionResult) -> None:
        """Grading is over; `result` is final."""

    # A run over a practice repo (`judge grade`) wraps the events above,
    # which come once per problem that is graded.
    def begin_run(self, plan: RunPlan) -> None:
        """A run begins: `plan` names the repo, its problems and their solution files."""

    def end_run(self, result: RepoResult) -> None:
        """The run is over; `result` has every problem's outcome, graded or not."""
