"""From measured points to a verdict: same, worse, better, or inconclusive.

Two signals, each fitted as the slope of log(candidate / reference) against
log n over the upper sizes:

- the deterministic work count (lines executed, plus linear C builtins
  weighted by input size): exact, unmoved by load, but blind to work inside
  instructions like `x in list`;
- CPU time, interleaved candidate/reference at each size: sees everything,
  but noisy, so it comes with a confidence interval.

The count decides, unless the CPU fit clearly contradicts it, in either
direction, or its best estimate lies a whole class away from the count's:
then the count may have missed C-level work on one side (`x in list` in the
candidate, `sorted` in a reference counted without its argument), and the
CPU fit decides (inconclusive, when its interval is wide).  Cache effects on
large hash sets grow CPU time a little faster too: that is why "clearly"
means more than HIDDEN_WORK apart, and why a difference must pass DIFFERENT
before it is called one.  Against an exponential reference, slopes are
fitted against n, not log n.  Between SAME and DIFFERENT, or with a CPU
interval that straddles a threshold, the answer is "inconclusive":
never a confident wrong answer.  One exception, the other way only: a CPU
ratio that climbs at every step and by a power of n at each of the top two
is worse, however badly a single line fits it.

Where it would change the verdict, the ladder asks the runners to certify
their counts (see `decide`'s `count`): a count that sees all of the work
outweighs a CPU lean of less than a class; one that misses some decides
only where CPU time agrees.
"""

from __future__ import annotations

import itertools
import math
import statistics
from dataclasses import asdict, dataclass, field
from typing import Any

from judge.complexity.classes import Growth, name_exponent

SAME = 0.25  # |slope| at most this: same growth
DIFFERENT = 0.45  # |slope| at least this: another class
HIDDEN_WORK = 0.3  # CPU slope this far from the count slope means uncounted work
LOG_FACTOR = 0.5  # slope of log(ratio) against log(log n) that means a log factor
# The same, for CPU time alone against a count that sees none: its interval
# must clear a whole log factor, as the caches of large hash tables and
# lists alone make CPU time lean like half of one, or more under load.
CPU_LOG_FACTOR = 1.0
SPAN = 16  # the fitted points cover the top 16x of the sizes measured
MIN_POINTS = 4
CLIMB = 1.0  # the ratio's slope at each of the window's top two steps that means a power of n more
EXPLOSION = 50.0  # a ratio that grows this much, at every step, across the window


@dataclass(frozen=True)
class Point:
    n: int
    candidate_cpu: float
    reference_cpu: float
    candidate_count: int | None = None
    reference_count: int | None = None
    candidate_timed_out: bool = False


@dataclass(frozen=True)
class Fit:
    slope: float
    low: float
    high: float
    points: int


@dataclass(frozen=True)
class ComplexityResult:
    expected: str  # the setter's label for the reference
    estimate: str  # the candidate's class, as measured
    verdict: str  # same | worse | better | inconclusive
    confidence: float
    message: str
    basis: str = ""  # "count", "cpu" or "" (how the verdict was reached)
    points: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0  # wall time the measurement took

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ComplexityResult:
        return cls(**data)


def fit(xs: list[float], ys: list[float]) -> Fit | None:
    """Least-squares slope with a 95% interval (t distribution)."""
    if len(xs) < 3:
        return None
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    residual = sum((y - my - slope * (x - mx)) ** 2 for x, y in zip(xs, ys, strict=True))
    df = len(xs) - 2
    stderr = math.sqrt(residual / df / sxx) if df > 0 else math.inf
    margin = _t95(df) * stderr
    return Fit(slope, slope - margin, slope + margin, len(xs))


def _t95(df: int) -> float:
    table = {1: 12.71, 2: 4.30, 3: 3.18, 4: 2.78, 5: 2.57, 6: 2.45, 7: 2.36, 8: 2.31, 9: 2.26, 10: 2.23}
    return table.get(df, 2.0)


def _x(n: int, reference: Growth) -> float:
    return float(n) if reference.exponential else math.log(n)


def window(points: list[Point]) -> list[Point]:
    """The upper points: the top SPAN-fold of sizes, and at least MIN_POINTS."""
    if not points:
        return []
    top = points[-1].n
    upper = [p for p in points if p.n * SPAN >= top]
    return upper if len(upper) >= MIN_POINTS else points[-MIN_POINTS:]


def cpu_fit(points: list[Point], reference: Growth) -> Fit | None:
    ratios = cpu_ratios(points)
    return fit([_x(n, reference) for n, _ in ratios], [math.log(ratio) for _, ratio in ratios])


def cpu_ratios(points: list[Point], *, timed_out: bool = True) -> list[tuple[int, float]]:
    """Each size of the window and the CPU ratio candidate / reference there
    (a candidate that timed out: its budget, a lower bound; or left out)."""
    usable = [p for p in points if p.candidate_cpu > 0 and p.reference_cpu > 0 and (timed_out or not p.candidate_timed_out)]
    return [(p.n, p.candidate_cpu / p.reference_cpu) for p in window(usable)]


def count_fit(points: list[Point], reference: Growth) -> tuple[Fit | None, Fit | None]:
    """The count slope against log n, and against log(log n) (a log factor has slope 1 there).

    Counts do not move with load, but they do with the input: quickselect's
    work varies by a third from one random list to the next.  So they get an
    interval too."""
    usable = counted_points(points)
    ys = [math.log(p.candidate_count / p.reference_count) for p in usable]  # type: ignore[operator]
    by_log = None if reference.exponential else _log_log_fit(usable, ys)
    return fit([_x(p.n, reference) for p in usable], ys), by_log


def _log_log_fit(usable: list[Point], ys: list[float]) -> Fit | None:
    """log(ratio) against log(log n): a log factor has slope 1 there."""
    return fit([math.log(math.log(p.n)) for p in usable], ys)


def counted_points(points: list[Point]) -> list[Point]:
    """The sizes the count's fit uses: its window of the counted sizes."""
    return window([p for p in points if p.candidate_count and p.reference_count and p.n > 2])


COMPLETE, UNKNOWN, BLIND = "complete", "unknown", "blind"  # what a certificate said of the counts


def decide(points: list[Point], reference: Growth, label: str, *, count: str = UNKNOWN) -> ComplexityResult:
    """`count`: what the certificate (the runner's Certifier) said of the
    two sides' counts.  COMPLETE: they see all of the work, so a CPU fit
    leaning away by less than a class is the memory's (a hash table's cache
    misses), and the count decides.  BLIND: some work is not counted, so the
    count decides only where the CPU's estimate agrees with it within SAME.
    UNKNOWN: not certified, between the two."""
    complete = count == COMPLETE
    # A candidate that ran out of CPU at the last size enters the CPU fit
    # with its budget as a lower bound: conservative, never a verdict alone.
    data = [asdict(p) for p in points]
    counted, by_log = count_fit(points, reference)
    timed = cpu_fit(points, reference)
    explosion = _explosion(points, reference, label, data)
    if explosion is not None:
        return explosion
    if counted is not None and not _contradicts(timed, counted, count):
        result = _from_count(counted, by_log, reference, label, data)
        if result.verdict == "same" and not complete and _cpu_sees_log_factor(points, reference):
            # Work hidden in C (a sort the count weighed wrongly) shows as a
            # log factor in CPU time only: too small for _contradicts.
            message = "inconclusive: the work count says same growth, but CPU time grows by about a log factor more"
            return ComplexityResult(label, "unknown", "inconclusive", 0.0, message, "count", data)
        if result.verdict != "inconclusive" or timed is None:
            return result
    if timed is not None:
        result = _from_cpu(timed, reference, label, data)
        if result.verdict == "inconclusive":
            return _climbing(points, reference, label, data) or result
        if result.verdict == "same" and max(_cpu_log_lean(points, reference), by_log.slope if by_log else 0.0) >= LOG_FACTOR:
            # Nine sizes can fit a log factor's lean (n^0.1 over the window)
            # inside SAME, and a reference whose work varies with its input
            # (quickselect) can hide it from the count's interval: where
            # either signal leans a log factor against the candidate, "same"
            # is not said.  A slower candidate called "same" is the error a
            # hint must never make.
            message = "inconclusive: CPU time grows about as fast, but the cost leans by about a log factor more"
            return ComplexityResult(label, "unknown", "inconclusive", 0.0, message, "cpu", data)
        return result
    return ComplexityResult(label, "unknown", "inconclusive", 0.0, "too few sizes could be measured to tell", "", data)


def _climbing(points: list[Point], reference: Growth, label: str, data: list[dict[str, Any]]) -> ComplexityResult | None:
    """A cost ratio that climbs at every step of the window and, at its top
    two steps, by at least a whole power of n each: work the count cannot
    see (`ch + s` copying in C) that only dominates at the top, so a line
    through the whole window fits it badly.  Cache effects lift the ratio
    for a step or two, never by a power of n twice running."""
    if reference.exponential:
        return None
    ratios = cpu_ratios(points, timed_out=False)
    if len(ratios) < MIN_POINTS:
        return None
    slopes = [math.log(b / a) / math.log(n_b / n_a) for (n_a, a), (n_b, b) in itertools.pairwise(ratios)]
    if all(slope > 0 for slope in slopes) and min(slopes[-2:]) >= CLIMB:
        return _worse(min(slopes[-2:]), reference, label, 0.95, "cpu", data)
    return None


def _explosion(points: list[Point], reference: Growth, label: str, data: list[dict[str, Any]]) -> ComplexityResult | None:
    """A cost ratio that climbs (or falls) at every step, by EXPLOSION overall:
    exponential against polynomial, where a log-log line fits badly."""
    measured = cpu_ratios(points)
    if len(measured) < MIN_POINTS:
        return None
    ratios = [ratio for _, ratio in measured]
    steps = [b / a for a, b in itertools.pairwise(ratios)]
    slope = math.log(ratios[-1] / ratios[0]) / (_x(measured[-1][0], reference) - _x(measured[0][0], reference))
    if ratios[-1] / ratios[0] >= EXPLOSION and all(step > 1 for step in steps):
        return _worse(slope, reference, label, 0.99, "cpu", data)
    if ratios[0] / ratios[-1] >= EXPLOSION and all(step < 1 for step in steps):
        return _better(slope, reference, label, 0.99, "cpu", data)
    return None


def _cpu_sees_log_factor(points: list[Point], reference: Growth) -> bool:
    """CPU time's ratio leans like a log factor against the candidate (slope
    against log log n), clearly.  Only that way: a candidate wrongly called
    "same" when it is slower is the error a hint must never make; the other
    way small-size overheads fading look alike."""
    by_log = _cpu_by_log(points, reference)
    return by_log is not None and by_log.low >= CPU_LOG_FACTOR


def _cpu_log_lean(points: list[Point], reference: Growth) -> float:
    """How far CPU time's ratio leans like a log factor against the candidate,
    at best estimate: 1 for a whole log factor, 0 for none (or unknown)."""
    by_log = _cpu_by_log(points, reference)
    return by_log.slope if by_log is not None else 0.0


def _cpu_by_log(points: list[Point], reference: Growth) -> Fit | None:
    if reference.exponential:
        return None
    usable = window([p for p in points if p.candidate_cpu > 0 and p.reference_cpu > 0 and p.n > 2])
    return _log_log_fit(usable, [math.log(p.candidate_cpu / p.reference_cpu) for p in usable])


def _contradicts(timed: Fit | None, counted: Fit, count: str) -> bool:
    """The CPU fit sits clearly above the count (work the count does not
    see); or its best estimate lies a whole class away, either way, however
    wide its interval (one size spoilt by load widens it): a count that may
    be blind to work in C on either side is then no better evidence than CPU
    time, and neither decides alone.  Clearly below it but less than a class
    away is the count's weights for C work, which cost far less per item than
    bytecode: `bisect.insort`'s shifts are quadratic, and show in CPU time
    only past the ladder's top.  Below it and still a class away from "same"
    the same way is no contradiction at all: `s = s[1:-1]` copies n^2 bytes,
    each far cheaper than a line, and CPU time shows the square only late.

    A complete count is contradicted only a class away: below it, at best
    estimate, as its weights for C builtins are models (`list.index` weighed
    as a whole scan); above it, only by an interval that clears a class, as
    no weight it has is a class too light, and the caches of a hash set
    outgrowing them lean CPU time by up to n^0.5 over the window.  A blind
    count is contradicted as soon as the estimates part by more than SAME."""
    if timed is None or _agree_on_a_class(timed, counted):
        return False
    apart = abs(timed.slope - counted.slope)
    if count == COMPLETE:
        return timed.low > counted.slope + DIFFERENT or counted.slope - timed.slope > DIFFERENT
    return timed.low > counted.slope + HIDDEN_WORK or apart > (SAME if count == BLIND else DIFFERENT)


def _agree_on_a_class(timed: Fit, counted: Fit) -> bool:
    """CPU time below the count, but its estimate a class away from "same" the same way as the count's whole interval."""
    if counted.low >= DIFFERENT:
        return DIFFERENT <= timed.slope <= counted.slope
    return counted.high <= -DIFFERENT and counted.slope <= timed.slope <= -DIFFERENT


def _from_count(counted: Fit, by_log: Fit | None, reference: Growth, label: str, data: list[dict[str, Any]]) -> ComplexityResult:
    result = _from_fit(counted, "count", reference, label, data)
    if result.verdict != "same" or by_log is None or abs(by_log.slope) < LOG_FACTOR / 2:
        return result
    # The same polynomial degree, but the ratio leans like a log factor.
    log_spread = max(by_log.high - by_log.low, 1e-9) / 2
    if by_log.low >= LOG_FACTOR:
        return _log_worse(reference, label, _confidence(by_log.slope - LOG_FACTOR / 2, log_spread), data)
    if by_log.high <= -LOG_FACTOR:
        return _log_better(reference, label, _confidence(-by_log.slope - LOG_FACTOR / 2, log_spread), data)
    if by_log.high >= 0 > by_log.slope:
        # A lean towards the candidate costing less that its own interval
        # cannot tell from none: a merge sort's count, a log n + b lines per
        # item against sorted()'s log n, leans so while b fades.  Only a lean
        # against the candidate withholds "same" on its estimate alone.
        return result
    return _inconclusive(counted.slope, label, "count", data)


def _from_cpu(timed: Fit, reference: Growth, label: str, data: list[dict[str, Any]]) -> ComplexityResult:
    return _from_fit(timed, "cpu", reference, label, data)


def _from_fit(slope: Fit, basis: str, reference: Growth, label: str, data: list[dict[str, Any]]) -> ComplexityResult:
    """The thresholds, for either signal: a verdict only when the whole interval clears them."""
    spread = max(slope.high - slope.low, 1e-9) / 2
    if slope.low >= DIFFERENT:
        return _worse(slope.slope, reference, label, _confidence(slope.slope - SAME, spread), basis, data)
    if slope.high <= -DIFFERENT:
        return _better(slope.slope, reference, label, _confidence(-slope.slope - SAME, spread), basis, data)
    if slope.low >= -SAME and slope.high <= SAME:
        return _same(reference, label, _confidence(SAME - abs(slope.slope), spread), basis, data)
    return _inconclusive(slope.slope, label, basis, data)


def _confidence(distance: float, half_width: float) -> float:
    """How sure, from how far the slope sits past the threshold, in half-widths of its 95% interval."""
    z = 1.96 * distance / half_width
    return round(min(0.999, 0.5 * (1 + math.erf(z / math.sqrt(2)))), 3)


def _candidate_class(slope: float, reference: Growth) -> tuple[str, str]:
    if reference.exponential:
        return ("O(2^n)", "") if abs(slope) < DIFFERENT else ("exponential", "")
    return name_exponent(reference.exponent + slope, reference)


def _worse(slope: float, reference: Growth, label: str, confidence: float, basis: str, data: list[dict[str, Any]]) -> ComplexityResult:
    estimate, hedge = _candidate_class(slope, reference)
    message = f"grows faster: about {estimate} vs {label}" + (f" ({hedge})" if hedge else "")
    return ComplexityResult(label, estimate, "worse", confidence, message, basis, data)


def _better(slope: float, reference: Growth, label: str, confidence: float, basis: str, data: list[dict[str, Any]]) -> ComplexityResult:
    estimate, hedge = _candidate_class(slope, reference)
    message = f"grows slower than expected: about {estimate} vs {label}" + (f" ({hedge})" if hedge else "")
    return ComplexityResult(label, estimate, "better", confidence, message, basis, data)


def _same(reference: Growth, label: str, confidence: float, basis: str, data: list[dict[str, Any]]) -> ComplexityResult:
    return ComplexityResult(label, label, "same", confidence, f"same growth as the reference: {label}", basis, data)


def _log_worse(reference: Growth, label: str, confidence: float, data: list[dict[str, Any]]) -> ComplexityResult:
    estimate = Growth(reference.exponent, reference.log_power + 1).name()
    return ComplexityResult(
        label, estimate, "worse", confidence, f"grows faster by a log factor: about {estimate} vs {label}", "count", data
    )


def _log_better(reference: Growth, label: str, confidence: float, data: list[dict[str, Any]]) -> ComplexityResult:
    estimate = Growth(reference.exponent, max(0, reference.log_power - 1)).name()
    message = f"grows slower by a log factor: about {estimate} vs {label}"
    return ComplexityResult(label, estimate, "better", confidence, message, "count", data)


def _inconclusive(slope: float, label: str, basis: str, data: list[dict[str, Any]]) -> ComplexityResult:
    message = f"inconclusive: the cost ratio to the reference grows like n^{slope:.2f}, between 'same' and 'different'"
    return ComplexityResult(label, "unknown", "inconclusive", 0.0, message, basis, data)
