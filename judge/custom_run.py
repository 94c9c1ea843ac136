"""`judge run SLUG FILE --input ARGS | --case N`: the candidate's code on their own input.

The submission runs in the sandbox, as it does when graded; the reference runs
here, on the trusted side, on copies of the same arguments.  Both answers are
shown, with a note where they differ (a problem with several right answers
may differ and still be right: `judge test` decides), and the time taken.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from judge import history, languages
from judge.custom_input import Call, Invocation, invocation, parse_values, statement_examples
from judge.errors import UsageError
from judge.grading.opaque import answer_text
from judge.grading.plugin import import_reference
from judge.grading.submission import Submission
from judge.languages import PYTHON, Language
from judge.languages.notation import Call as ShownCall
from judge.languages.notation import Notation, returns_of
from judge.languages.types import Type
from judge.outcomes import CaseOver, SubmissionError
from judge.problem import Bank, Problem, resolve
from judge.problem.model import Entry
from judge.programs.custom_run import program_input, run_program_yourself
from judge.sandbox import CHOICES, choose
from judge.sandbox.base import Sandbox
from judge.sources import SourceRejected, read_source

DIFFERENCE_NOTE = "your answer differs from the reference's (where several answers are right, `judge test` decides)"


@dataclass(frozen=True)
class Answer:
    shown: str  # the value as the report shows it, or `raised KeyError: 3 (line 4)`
    returned: bool


@dataclass
class Side:
    """What one side answered, call by call; `stopped` when the sandbox ended the run (TLE, MLE, CE...)."""

    answers: list[Answer] = field(default_factory=list)
    stopped: CaseOver | None = None
    cpu: float = 0.0  # the slowest call's CPU seconds (the submission's, measured in the runner)
    wall: float = 0.0  # wall seconds of all the calls
    printed: str = ""  # what the submission printed, capped (the reference's prints are its own business)


def run_submission(
    problem: Problem, source: str, filename: str, sandbox: Sandbox, plan: Invocation, language: Language | None = None
) -> Side:
    submission = Submission(problem, source, sandbox, filename, language)
    side = Side()
    try:
        submission.probe()
        submission.begin_case()
        started = time.monotonic()
        notation = submission.notation

        def shown(value: Any, kind: Type | None) -> str:
            return answer_text(value, lambda v: notation.value(v, kind, result=True))

        call_all(submission.module, plan, side, describe_submission_error, shown)
        side.wall = time.monotonic() - started
    except CaseOver as over:
        side.stopped = over
    finally:
        side.cpu = submission.cpu_max
        side.printed = submission.trace.printed.text()
        submission.close()
    return side


def run_reference(problem: Problem, plan: Invocation, notation: Notation | None = None) -> Side:
    """The reference's answers, written as the submission's are (`notation`: its language's)."""
    side = Side()
    module = import_reference(problem.reference, problem.slug)
    started = time.monotonic()
    written = notation or PYTHON.notation()

    def shown(value: Any, kind: Type | None) -> str:
        return written.value(value, kind, result=True)

    call_all(module, copy.deepcopy(plan), side, lambda exc: f"raised {type(exc).__name__}: {exc}", shown)
    side.wall = time.monotonic() - started
    return side


def call_all(
    module: Any, plan: Invocation, side: Side, describe: Callable[[Exception], str], shown: Callable[[Any, Type | None], str]
) -> None:
    """Each call in turn; the first exception ends the run, as it ends a test."""
    owner: Any = None
    for index, call in enumerate(plan.calls):
        function = getattr(owner if index > 0 else module, call.name)
        try:
            value = function(*call.args)
        except Exception as exc:  # noqa: BLE001 - what the code raised is the answer to show
            side.answers.append(Answer(describe(exc), returned=False))
            return
        if index == 0 and plan.entry.kind == "class":
            owner = value
        side.answers.append(Answer(shown(value, returns_of(call.signature)), returned=True))


def describe_submission_error(exc: Exception) -> str:
    # Re-raised on this side, an exception of the submission carries what the
    # runner said of it (`judge_raised`; a SubmissionError is that itself).
    info: Any = getattr(exc, "judge_raised", None) or (exc if isinstance(exc, SubmissionError) else None)
    if info is None:
        raise exc  # not the submission's: the judge's own fault, reported as such
    text = f"{info.type_name}: {info.message}" if info.message else str(info.type_name)
    return f"raised {text}" + (f" (line {info.line})" if info.line else "")


def call_text(plan: Invocation, index: int, call: Call, notation: Notation | None = None) -> str:
    """The call as the submission's language writes it (Python's: `lru_cache = LRUCache(capacity=2)`)."""
    written = notation or PYTHON.notation()
    owner = plan.entry.name
    if plan.entry.kind == "function":
        return written.call(ShownCall(call.name, None, call.args, {}, call.signature))
    label = written.variable(owner, 1)
    if index == 0:
        return written.declare(label, owner, written.call(ShownCall(owner, None, call.args, {}, call.signature, construct=True)))
    return written.call(ShownCall(owner, call.name, call.args, {}, call.signature, receiver=label))


def report(console: Console, plan: Invocation, yours: Side, reference: Side, notation: Notation | None = None) -> bool:
    """Each call and what it returned; where the reference answered otherwise,
    its answer under it.  True when every answer is the reference's."""
    same = yours.stopped is None and len(yours.answers) == len(reference.answers)
    for index, call in enumerate(plan.calls):
        if index >= len(yours.answers) and index >= len(reference.answers):
            break
        text = escape(call_text(plan, index, call, notation))
        if index == 0 and plan.entry.kind == "class":
            console.print(f"  {text}")  # the object itself: nothing to compare
            continue
        theirs = reference.answers[index].shown if index < len(reference.answers) else "(not reached)"
        if index >= len(yours.answers):
            console.print(f"  {text}  [dim](not reached; the reference: {escape(theirs)})[/]")
            continue
        mine = yours.answers[index].shown
        console.print(f"  {text}  ->  {escape(mine)}")
        if mine != theirs:
            same = False
            console.print(f"      [yellow]the reference: {escape(theirs)}[/]")
    if yours.printed:
        console.print("\nyour code printed:")
        for line in yours.printed.splitlines():
            console.print(f"  | {escape(line)}")
    if yours.stopped is not None:
        console.print(f"\n[red]{yours.stopped.verdict.name}[/]  {escape(yours.stopped.message)}")
    elif not same:
        console.print(f"\n[yellow]{DIFFERENCE_NOTE}[/]")
    took = f"{milliseconds(yours.wall)} in all, the slowest call {milliseconds(yours.cpu)} CPU"
    console.print(f"\ntime: {took}; the reference took {milliseconds(reference.wall)}")
    return same


def milliseconds(seconds: float) -> str:
    return f"{seconds * 1000:.3g} ms" if seconds >= 1e-5 else "under 0.01 ms"  # below the CPU clock's grain


def choose_entry(problem: Problem, name: str | None) -> Entry:
    if name is None:
        return problem.entries[0]
    entry = problem.entry(name)
    if entry is None:
        raise UsageError(f"problem '{problem.slug}' has no entry point {name!r} (it has {', '.join(e.name for e in problem.entries)})")
    return entry


def planned(problem: Problem, entry: Entry, text: str | None, case: int | None) -> Invocation:
    if (text is None) == (case is None):
        raise UsageError("give either --input ARGS or --case N")
    if text is not None:
        return invocation(problem, entry, parse_values(text))
    examples = statement_examples(problem, entry)
    assert case is not None
    if not 1 <= case <= len(examples):
        raise UsageError(f"--case {case}: the statement of '{problem.slug}' has {len(examples)} example(s) to replay")
    return examples[case - 1]


@click.command("run")
@click.argument("slug")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--input", "text", metavar="ARGS", help="The arguments, as JSON or Python literals: '[[2, 7, 11, 15], 9]'; "
              "for a class, operations: '[\"LRUCache\",\"put\",\"get\"] [[2],[1,1],[1]]'.")  # fmt: skip
@click.option("--case", type=int, metavar="N", help="Replay the statement's N-th example instead.")
@click.option("--entry", help="Which entry point, when the problem has several (default: the first).")
@click.option("--sandbox", type=click.Choice(CHOICES), default="auto", show_default=True, help="Where your code runs.")
@click.pass_context
def run_command(ctx: click.Context, slug: str, file: Path, text: str | None, case: int | None, entry: str | None, sandbox: str) -> None:
    """Run FILE on your own input and show what it returned beside the reference's answer.

    Exit 0 when every answer is the reference's, 1 when one differs or the code
    raised or hit a limit, 2 for a bad input."""
    bank = ctx.find_object(Bank)
    assert bank is not None
    problem = resolve(slug, bank)
    if not problem.reference.is_file():
        raise UsageError(f"problem '{problem.slug}' has no reference solution here (a public pack?): nothing to compare with")
    if problem.kind == "io":  # a program: the input is its stdin
        ctx.exit(_run_program(problem, file, text, case, sandbox))
    plan = planned(problem, choose_entry(problem, entry), text, case)
    try:
        source = read_source(file)
    except SourceRejected as exc:
        raise UsageError(str(exc)) from None
    language = languages.for_file(file)  # by its extension: a .js file runs as JavaScript
    chosen = choose(sandbox, language, park=True)  # a container parked by `judge start` or the last run serves it
    try:
        yours = run_submission(problem, source, file.name, chosen, plan, language)
    finally:
        chosen.close()
    reference = run_reference(problem, plan, language.notation())
    console = Console(highlight=False, soft_wrap=True, record=True)
    console.print(f"[bold]{escape(problem.title)}[/] — your input, {chosen.name} sandbox")
    same = report(console, plan, yours, reference, language.notation())
    verdict = yours.stopped.verdict.name if yours.stopped is not None else ("same" if same else "differs")
    history.record("run", problem.slug, file, source, verdict, report=console.export_text())
    ctx.exit(0 if same else 1)


def _run_program(problem: Problem, file: Path, text: str | None, case: int | None, sandbox: str) -> int:
    stdin = program_input(problem, text, case)
    try:
        source = read_source(file)
    except SourceRejected as exc:
        raise UsageError(str(exc)) from None
    chosen = choose(sandbox)
    try:
        return 0 if run_program_yourself(problem, source, file, stdin, chosen) else 1
    finally:
        chosen.close()
