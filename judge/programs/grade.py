"""Grading an io problem: the program runs once per data file, in a fresh
runner, and its output is judged on the trusted side.

Samples run first, in name order, and are shown in full when they fail.
Secret cases run smallest input first, so the first one that fails is the
smallest failing case; it is named by its category only.
"""

from __future__ import annotations

import time
from dataclasses import replace

from judge.errors import ProblemFormatError
from judge.problem.io_format import DataCase, data_cases
from judge.problem.model import Problem
from judge.programs.checkers import Checker
from judge.programs.generated import generated_case
from judge.programs.run import Run, run_once, run_verdict
from judge.reporters.base import Reporter
from judge.results import CaseResult, Counterexample, SubmissionResult
from judge.sandbox.base import Sandbox
from judge.verdicts import Verdict, worst

SHOWN_CHARS = 4000  # of a visible case's input, answer and output, in a report


def grade_program(
    problem: Problem, source: str, sandbox: Sandbox, *, hidden: bool, reporter: Reporter, filename: str | None = None
) -> SubmissionResult:
    mode = "submit" if hidden else "test"
    started = time.monotonic()
    info = sandbox.describe()
    reporter.start(problem, info, mode)
    result = _judge_all(problem, source, sandbox, hidden, reporter, filename or problem.filename)
    result = replace(result, mode=mode, duration=time.monotonic() - started)
    reporter.finish(result)
    return result


def _judge_all(problem: Problem, source: str, sandbox: Sandbox, hidden: bool, reporter: Reporter, filename: str) -> SubmissionResult:
    info = sandbox.describe()
    try:
        checker = Checker(problem)
    except ProblemFormatError as exc:  # the problem's fault: no case can be judged
        return SubmissionResult(problem.slug, Verdict.IE, info, message=f"the checker cannot run: {exc}")
    cases = _in_order(data_cases(problem, hidden))
    if not cases:  # a problem without samples (some Kattis packages): nothing to test against
        return SubmissionResult(
            problem.slug, Verdict.IE, info, message="this problem has no sample cases: `judge submit` runs its secret data"
        )
    results: list[CaseResult] = []
    pod = sandbox.open(problem.limits)
    try:
        for case in cases:
            run, python = run_once(pod, sandbox, problem, source, case.input.read_text(encoding="utf-8", errors="replace"))
            info = {**info, "python": python or info.get("python")}
            if run.compile_error is not None:
                return SubmissionResult(problem.slug, Verdict.CE, info, tuple(results), message=f"{filename}: {run.compile_error}")
            result = _case_result(problem, case, run, checker)
            reporter.case(result)
            results.append(result)
        if hidden and problem.generator.is_file():  # generator.py: inputs() for hypothesis
            result = generated_case(problem, source, sandbox, pod, checker)
            reporter.case(result)
            results.append(result)
    finally:
        pod.close()
    smallest = _smallest_failure(results)
    extra = {"smallest_failing_hidden": smallest} if smallest else {}
    return SubmissionResult(problem.slug, worst(c.verdict for c in results), info, tuple(results), extra=extra)


def _in_order(cases: list[DataCase]) -> list[DataCase]:
    samples = [c for c in cases if not c.hidden]
    secret = sorted((c for c in cases if c.hidden), key=lambda c: (c.size, c.name))
    return samples + secret


def _case_result(problem: Problem, case: DataCase, run: Run, checker: Checker) -> CaseResult:
    verdict, message = run_verdict(problem, run)
    counterexample = None
    if verdict is Verdict.AC:
        judged = checker.judge(case.input, case.answer, run.stdout)
        verdict, message = judged.verdict, judged.message
        if verdict is Verdict.WA and not case.hidden:
            counterexample = Counterexample(
                _shown(case.input.read_text(encoding="utf-8", errors="replace")),
                _shown(case.answer.read_text(encoding="utf-8", errors="replace")),
                _shown(run.stdout),
            )
        elif verdict is Verdict.WA:
            message = "wrong answer"  # the checker's words may quote the hidden data
    visibility = "hidden" if case.hidden else "visible"
    return CaseResult(case.name, visibility, case.info.category, verdict, message, case.info.points, run.cpu, None, counterexample)


def _shown(text: str) -> str:
    text = text.rstrip()  # the checker ignores trailing whitespace; a report need not show it
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + f"\n... [{len(text) - SHOWN_CHARS} more characters]"


def _smallest_failure(results: list[CaseResult]) -> dict[str, str]:
    """The first hidden case that failed is the smallest (they run by input size): by category only."""
    failed = next((c for c in results if c.visibility == "hidden" and c.verdict is not Verdict.AC), None)
    return {"category": failed.category, "verdict": failed.verdict.name} if failed else {}
