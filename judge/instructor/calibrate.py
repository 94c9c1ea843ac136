"""Time-limit calibration from the reference's CPU time.

The rule, after Kattis problemtools (slowest accepted time times a factor):
the limit is the reference's slowest case (the most CPU one call used) times
FACTOR, rounded up to a tenth of a second and never under FLOOR.  The factor
leaves room for a slower grading machine and for a candidate's honest
solution in the same class being a few times slower than the reference; the
floor keeps cheap problems from limits that the start-up noise of a call
could break.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from judge.errors import ProblemFormatError
from judge.instructor.check import Check
from judge.problem.model import Problem
from judge.results import SubmissionResult
from judge.verdicts import Verdict

FACTOR = 3.0
FLOOR = 1.0  # seconds
# A wrong solution that must not time out (WA, RE, MLE...) is noted when its dearest call
# used more than 1/HEADROOM of the limit: CPU time on a loaded or slower grader
# can be that much higher, and its verdict would turn into TLE there.
HEADROOM = 2.0
RULE = f"{FACTOR:g} x the reference's slowest case, at least {FLOOR:g} s"

_LIMITS_HEADER = re.compile(r"^\s*\[\s*limits\s*\]\s*(#.*)?$")
_TABLE_HEADER = re.compile(r"^\s*\[")
_TIME_LINE = re.compile(r"^(\s*time\s*=\s*)([^#\r\n]*?)(\s*(#.*)?)$")


@dataclass(frozen=True)
class Timing:
    slowest: float  # CPU seconds of the reference's dearest call
    case: str  # the case it was in
    limit: float  # the problem's limit now
    proposed: float

    def describe(self) -> str:
        return f"reference's slowest case {self.slowest:.3f} s CPU ({self.case}); limit {self.limit:g} s"


def propose(slowest: float) -> float:
    return max(FLOOR, math.ceil(round(slowest * FACTOR * 10, 6)) / 10)


def reference_timing(problem: Problem, reference: SubmissionResult) -> Timing:
    slowest = max(reference.cases, key=lambda c: c.cpu, default=None)
    cpu = slowest.cpu if slowest else 0.0
    return Timing(cpu, slowest.name if slowest else "no cases", problem.limits.time, propose(cpu))


def slowest_cpu(result: SubmissionResult) -> float:
    """The most CPU one call of the result's cases used, in seconds."""
    return max((c.cpu for c in result.cases), default=0.0)


def headroom_note(result: SubmissionResult, limit: float) -> str:
    """A sentence for a solution whose verdict must not be TLE yet whose dearest
    call came within HEADROOM of the limit; "" when it left room."""
    slowest = slowest_cpu(result)
    if slowest * HEADROOM <= limit:
        return ""
    return f"; its slowest case used {slowest:.3f} s CPU of a {limit:g} s limit: a slower grader may time it out"


def timing_check(problem: Problem, reference: SubmissionResult, timing: Timing) -> Check:
    """The reference fits the limit; the proposal rides along as data for --calibrate."""
    fits = timing.slowest <= timing.limit and not any(c.verdict is Verdict.TLE for c in reference.cases)
    detail = f"{timing.describe()}; proposed {timing.proposed:g} s ({RULE})"
    data = {"reference_cpu": timing.slowest, "proposed_time": timing.proposed}
    return Check(problem.slug, "time limit fits the reference", fits, detail, data)


def write_time_limit(toml_path: Path, seconds: float) -> None:
    """Set `[limits] time` in problem.toml, keeping every other line as it was."""
    text = toml_path.read_text(encoding="utf-8")
    updated = with_time_limit(text, seconds)
    try:
        written = tomllib.loads(updated).get("limits", {}).get("time")
    except tomllib.TOMLDecodeError as exc:
        raise ProblemFormatError(toml_path, f"could not set [limits] time: {exc}") from None
    if written != seconds:
        raise ProblemFormatError(toml_path, "could not set [limits] time (written another way than a [limits] table?): set it by hand")
    toml_path.write_text(updated, encoding="utf-8")


def with_time_limit(text: str, seconds: float) -> str:
    value = repr(float(seconds))
    lines = text.splitlines(keepends=True)
    header = next((i for i, line in enumerate(lines) if _LIMITS_HEADER.match(line)), None)
    if header is None:
        separator = "" if not text or text.endswith("\n") else "\n"
        return f"{text}{separator}\n[limits]\ntime = {value}\n"
    end = next((i for i in range(header + 1, len(lines)) if _TABLE_HEADER.match(lines[i])), len(lines))
    for i in range(header + 1, end):
        match = _TIME_LINE.match(lines[i].rstrip("\r\n"))
        if match:
            newline = lines[i][len(lines[i].rstrip("\r\n")) :]
            lines[i] = f"{match.group(1)}{value}{match.group(3)}{newline}"
            return "".join(lines)
    lines.insert(header + 1, f"time = {value}\n")
    return "".join(lines)
