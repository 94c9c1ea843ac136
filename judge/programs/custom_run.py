"""`judge run SLUG FILE` for an io problem: the program on your own stdin
(`--input TEXT`) or on the N-th sample (`--case N`), beside the reference
program's output on the same input, judged by the problem's checker."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from judge import history
from judge.errors import UsageError
from judge.problem.io_format import data_cases
from judge.problem.model import Problem
from judge.programs.checkers import Checker
from judge.programs.run import Run, run_once, run_verdict
from judge.sandbox.base import Sandbox
from judge.verdicts import Verdict

SHOWN_LINES = 50


def program_input(problem: Problem, text: str | None, case: int | None) -> str:
    if (text is None) == (case is None):
        raise UsageError("give either --input TEXT (the program's stdin) or --case N")
    if text is not None:
        return text if text.endswith("\n") else text + "\n"
    samples = data_cases(problem, hidden=False)
    assert case is not None
    if not 1 <= case <= len(samples):
        raise UsageError(f"--case {case}: '{problem.slug}' has {len(samples)} sample(s) to replay")
    return samples[case - 1].input.read_text(encoding="utf-8", errors="replace")


def run_program_yourself(problem: Problem, source: str, file: Path, stdin: str, sandbox: Sandbox) -> bool:
    """Print both runs and the checker's word; True when the output is accepted."""
    pod = sandbox.open(problem.limits)
    try:
        started = time.monotonic()
        yours, _ = run_once(pod, sandbox, problem, source, stdin)
        wall = time.monotonic() - started
        reference, _ = run_once(pod, sandbox, problem, problem.reference.read_text(encoding="utf-8"), stdin)
    finally:
        pod.close()
    verdict, message = _verdict(problem, yours, reference, stdin)
    console = Console(highlight=False, soft_wrap=True, record=True)
    console.print(f"[bold]{escape(problem.title)}[/] — your input, {sandbox.name} sandbox")
    _show(console, "your program printed", yours.stdout)
    if verdict is not Verdict.AC:
        _show(console, "the reference printed", reference.stdout)
    if yours.compile_error is None and yours.stderr.strip():
        _show(console, "on stderr", yours.stderr)
    colour = "green" if verdict is Verdict.AC else "red"
    console.print(f"\n[{colour}]{verdict.name}[/]  {escape(message)}" if message else f"\n[{colour}]{verdict.name}[/]")
    console.print(f"\ntime: {yours.cpu * 1000:.3g} ms CPU, {wall * 1000:.3g} ms in all; the reference {reference.cpu * 1000:.3g} ms CPU")
    history.record("run", problem.slug, file, source, verdict.name, report=console.export_text())
    return verdict is Verdict.AC


def _verdict(problem: Problem, yours: Run, reference: Run, stdin: str) -> tuple[Verdict, str]:
    if yours.compile_error is not None:
        return Verdict.CE, yours.compile_error
    verdict, message = run_verdict(problem, yours)
    if verdict is not Verdict.AC:
        return verdict, message
    theirs, why = run_verdict(problem, reference)
    if theirs is not Verdict.AC:
        return Verdict.IE, f"the reference got {theirs.name} on this input (is it a valid input?): {why.splitlines()[0] if why else ''}"
    with tempfile.TemporaryDirectory(prefix="judge-run-") as folder:
        given, answer = Path(folder) / "input.in", Path(folder) / "answer.ans"
        given.write_text(stdin, encoding="utf-8")
        answer.write_text(reference.stdout, encoding="utf-8")
        judged = Checker(problem).judge(given, answer, yours.stdout)
    return judged.verdict, judged.message


def _show(console: Console, title: str, text: str) -> None:
    lines = text.rstrip("\n").splitlines()
    console.print(f"\n{title}:" if lines else f"\n{title}: (nothing)")
    for line in lines[:SHOWN_LINES]:
        console.print(f"  | {escape(line)}")
    if len(lines) > SHOWN_LINES:
        console.print(f"  [dim]... {len(lines) - SHOWN_LINES} more lines[/]")
