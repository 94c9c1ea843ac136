"""`judge validate` over many problems: one process per problem at a time, on
as many cores as asked, each answer plain data (an Outcome) sent back.

Processes, not threads: grading runs pytest in-process, which holds global
state (sys.modules, hypothesis's profile) that two gradings at once would share.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from judge import languages
from judge.errors import JudgeError
from judge.instructor.calibrate import write_time_limit
from judge.instructor.check import Check
from judge.problem.loader import load_problem
from judge.sandbox import choose

TIMING_CHECK = "time limit fits the reference"


@dataclass(frozen=True)
class Outcome:
    """One problem's validation: its checks, how long it took, and a written limit if calibrated."""

    slug: str
    checks: list[Check] = field(default_factory=list)
    seconds: float = 0.0
    error: str = ""  # validation itself could not run (a sandbox gone, the judge's own fault)
    calibration: str = ""  # what --calibrate did to problem.toml

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]

    @property
    def ok(self) -> bool:
        return not self.error and not self.failed


def validate_folder(
    root: Path, sandbox_name: str, calibrate: bool, on_check: Callable[[Check], None] = lambda c: None, lang: str | None = None
) -> Outcome:
    """Validate one problem folder (with `lang`, its solutions in that language); any error is part of the outcome, never raised."""
    from judge.languages.validate import validate_language  # late, as judge.validate
    from judge.validate import validate  # late: judge.validate imports this package

    started = time.monotonic()
    checks: list[Check] = []  # kept as they come: a validation that breaks half-way still shows its checks

    def collect(check: Check) -> None:
        checks.append(check)
        on_check(check)

    try:
        problem = load_problem(root)
        language = languages.get(lang) if lang else None
        sandbox = choose(sandbox_name, language)
        sandbox.keep_spare()  # the reference and every wrong solution, one after another
        try:
            if language is not None and language is not languages.PYTHON:
                validate_language(problem, sandbox, language, collect)
            else:
                validate(problem, sandbox, collect, calibrate=calibrate)
        finally:
            sandbox.close()
        note = _calibrate(problem.root / "problem.toml", checks) if calibrate else ""
    except JudgeError as exc:
        return Outcome(root.name, checks, time.monotonic() - started, str(exc))
    except Exception as exc:  # noqa: BLE001 - one problem's failure must not stop the bank's
        return Outcome(root.name, checks, time.monotonic() - started, f"internal error: {type(exc).__name__}: {exc}")
    return Outcome(root.name, checks, time.monotonic() - started, calibration=note)


def _calibrate(toml_path: Path, checks: list[Check]) -> str:
    """Write the proposed limit only when it holds: the reference accepted and every
    wrong solution (those in wrong/TLE/ above all) judged right under it."""
    timing = next((c for c in checks if c.name == TIMING_CHECK), None)
    if timing is None or "proposed_time" not in timing.data:
        return "not calibrated: the reference's time was not measured"
    blocking = [c.name for c in checks if not c.ok and (c.name.startswith("wrong/") or c.name.startswith("reference"))]
    if blocking:
        return f"[limits] time not written: under {timing.data['proposed_time']:g} s, {blocking[0]} failed"
    seconds = float(timing.data["proposed_time"])
    write_time_limit(toml_path, seconds)
    return f"wrote [limits] time = {seconds:g} to {toml_path}"


def validate_all(
    roots: list[Path],
    sandbox_name: str,
    calibrate: bool,
    jobs: int,
    on_check: Callable[[Check], None] = lambda c: None,
    lang: str | None = None,
) -> Iterator[Outcome]:
    """Outcomes as problems finish.  With one job, in this process, in order,
    each check told as it is made; with more, a problem's checks are told when it finishes."""
    if jobs <= 1 or len(roots) <= 1:
        for root in roots:
            yield validate_folder(root, sandbox_name, calibrate, on_check, lang)
        return
    # spawn: a fresh interpreter per worker, not a fork of this one with its threads and open sandboxes
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(roots)), mp_context=context) as pool:
        futures = [pool.submit(validate_folder, root, sandbox_name, calibrate, lang=lang) for root in roots]
        try:
            for future in as_completed(futures):
                outcome = future.result()
                for check in outcome.checks:
                    on_check(check)
                yield outcome
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
