"""Any number of reporters at once, behind the one interface (`--report a=... --report b=...`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

from judge.practice.model import RunPlan
from judge.practice.results import RepoResult
from judge.problem.model import Problem
from judge.reporters.base import Reporter
from judge.results import CaseResult, SubmissionResult


class Fanout(Reporter):
    def __init__(self, reporters: Sequence[Reporter]):
        self.reporters = tuple(reporters)

    def start(self, problem: Problem, sandbox: dict[str, Any], mode: str) -> None:
        for reporter in self.reporters:
            reporter.start(problem, sandbox, mode)

    def case(self, case: CaseResult) -> None:
        for reporter in self.reporters:
            reporter.case(case)

    def verdict(self, result: SubmissionResult) -> None:
        for reporter in self.reporters:
            reporter.verdict(result)

    @contextmanager
    def measuring(self) -> Iterator[None]:
        with ExitStack() as stack:
            for reporter in self.reporters:
                stack.enter_context(reporter.measuring())
            yield

    def finish(self, result: SubmissionResult) -> None:
        for reporter in self.reporters:
            reporter.finish(result)

    def begin_run(self, plan: RunPlan) -> None:
        for reporter in self.reporters:
            reporter.begin_run(plan)

    def end_run(self, result: RepoResult) -> None:
        for reporter in self.reporters:
            reporter.end_run(result)
