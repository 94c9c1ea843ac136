"""Running a program once in the sandbox, and what its run alone says:
the part of grading an io problem that does not look at the output."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from judge.outcomes import CaseOver
from judge.problem.model import Problem
from judge.sandbox.base import Pod, Sandbox
from judge.sandbox.session import RunnerSession
from judge.verdicts import Verdict

LANGUAGE = "python"  # the one language with a runner today; the runner's part is language-neutral
TRACE_LINES = 12


@dataclass(frozen=True)
class Run:
    """The runner's report of one run, checked: it comes out of the sandbox."""

    stdout: str = ""
    stderr: str = ""
    exit: int | None = None
    signal: str | None = None
    cpu: float = 0.0
    limit: str | None = None
    compile_error: str | None = None
    fault: CaseOver | None = None  # the runner itself failed (it stopped answering, crashed)


def run_once(pod: Pod, sandbox: Sandbox, problem: Problem, source: str, stdin: str) -> tuple[Run, str]:
    """One run in a fresh runner; a runner that fails on its own is the case's verdict."""
    limits = problem.limits
    wired: dict[str, Any] = {**sandbox.runner_limits(limits), "wall": limits.wall_seconds, "output": limits.output * 1024}
    session = RunnerSession(pod, limits)
    try:
        session.start()
        report = session.program(LANGUAGE, source, stdin, wired)
    except CaseOver as over:
        return Run(fault=over), session.python
    finally:
        session.close()
    return _checked(report), session.python


def _checked(report: dict[str, Any]) -> Run:
    def text(key: str) -> str | None:
        value = report.get(key)
        return value if isinstance(value, str) else None

    exit_code, cpu, limit = report.get("exit"), report.get("cpu"), report.get("limit")
    return Run(
        stdout=text("stdout") or "",
        stderr=text("stderr") or "",
        exit=exit_code if isinstance(exit_code, int) and not isinstance(exit_code, bool) else None,
        signal=text("signal"),
        cpu=float(cpu) if isinstance(cpu, (int, float)) and not isinstance(cpu, bool) else 0.0,
        limit=limit if limit in ("cpu", "wall", "memory", "output") else None,
        compile_error=text("compile_error"),
    )


def run_verdict(problem: Problem, run: Run) -> tuple[Verdict, str]:
    """The run's own verdict, before any checking: AC means "ended well, check the output"."""
    limits = problem.limits
    if run.fault is not None:  # the session said why
        return run.fault.verdict, run.fault.message
    if run.limit == "cpu":
        return Verdict.TLE, f"over the CPU-time limit of {limits.time:g} s ({run.cpu:.2f} s)"
    if run.limit == "wall":
        return Verdict.TLE, f"still running at the wall-time limit of {limits.wall_seconds:g} s (waiting for input? sleeping?)"
    if run.limit == "memory":
        return Verdict.MLE, f"ran out of memory (limit {limits.memory} MiB)"
    if run.limit == "output":
        return Verdict.OLE, f"printed more than the output limit ({limits.output} KiB)"
    if run.signal is not None or run.exit != 0:
        how = f"killed by {run.signal}" if run.signal else f"exit code {run.exit}"
        trace = "\n".join(run.stderr.strip().splitlines()[-TRACE_LINES:])
        return Verdict.RE, f"the program ended with {how}" + (f"\n{trace}" if trace else "")
    return Verdict.AC, ""
