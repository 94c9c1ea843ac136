"""From measured points to a verdict: same, worse, better, or inconclusive.

Two signals, each fitted as the slope of log(candidate / reference) against
log n over the upper sizes:

- the deterministic work count (lines executed, plus linear C builtins
  weighted by input size): exact, unmoved by load, but blind to work inside
  instructions like `x in list`;
- CPU time, interleaved candidate/reference at each size: sees everything,
  but noisy, so it comes with a confidence interval.

The count decides, unless the CPU time grows clearly faster than the count
(hidden C-level work), in which case the CPU fit decides.  Cache effects on
large hash sets grow CPU time a little faster too: that is why "clearly"
means more than HIDDEN_WORK over the counted slope, and why a difference
must pass DIFFERENT before it is called one.  Between SAME and DIFFERENT, or
with a CPU interval that straddles a threshold, the answer is "inconclusive":
never a confident wrong answer.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import asdict, dataclass, field
from typing import Any

from judge.complexity.classes import Growth, name_exponent

SAME = 0.25  # |slope| at most this: same growth
DIFFERENT = 0.45  # |slope| at least this: another class
HIDDEN_WORK = 0.4  # CPU slope over count slope that means uncounted work
LOG_FACTOR = 1.35  # count ratio growth across the window that means a log factor
WINDOW = 5  # the upper points that are fitted


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


def cpu_fit(points: list[Point]) -> Fit | None:
    usable = [p for p in points if p.candidate_cpu > 0 and p.reference_cpu > 0][-WINDOW:]
    return fit([math.log(p.n) for p in usable], [math.log(p.candidate_cpu / p.reference_cpu) for p in usable])


def count_fit(points: list[Point]) -> tuple[Fit | None, float]:
    """The count slope, and how much the count ratio grew across the window."""
    usable = [p for p in points if p.candidate_count and p.reference_count][-WINDOW:]
    ratios = [p.candidate_count / p.reference_count for p in usable]  # type: ignore[operator]
    result = fit([math.log(p.n) for p in usable], [math.log(r) for r in ratios])
    growth = ratios[-1] / ratios[0] if len(ratios) >= 3 else 1.0
    return result, growth


def decide(points: list[Point], reference: Growth, label: str) -> ComplexityResult:
    # A candidate that ran out of CPU at the last size enters the CPU fit
    # with its budget as a lower bound: conservative, never a verdict alone.
    data = [asdict(p) for p in points]
    counted, growth = count_fit(points)
    timed = cpu_fit(points)
    if counted is not None and not (timed is not None and timed.low > counted.slope + HIDDEN_WORK):
        return _from_count(counted, growth, timed, reference, label, data)
    if timed is not None:
        return _from_cpu(timed, reference, label, data)
    return ComplexityResult(label, "unknown", "inconclusive", 0.0, "too few sizes could be measured to tell", "", data)


def _from_count(
    counted: Fit, growth: float, timed: Fit | None, reference: Growth, label: str, data: list[dict[str, Any]]
) -> ComplexityResult:
    slope = counted.slope
    # The count is exact; the confidence says whether the CPU time agrees.
    agrees = timed is None or (timed.low - 0.15 <= slope <= timed.high + 0.15)
    confidence = 0.99 if agrees else 0.9
    if slope >= DIFFERENT:
        return _worse(slope, reference, label, confidence, "count", data)
    if slope <= -DIFFERENT:
        return _better(slope, reference, label, confidence, "count", data)
    if abs(slope) <= SAME:
        if growth >= LOG_FACTOR and slope > 0.05:
            return _log_worse(reference, label, confidence, data)
        if growth <= 1 / LOG_FACTOR and slope < -0.05:
            return _log_better(reference, label, confidence, data)
        return _same(reference, label, confidence, "count", data)
    return _inconclusive(slope, label, "count", data)


def _from_cpu(timed: Fit, reference: Growth, label: str, data: list[dict[str, Any]]) -> ComplexityResult:
    spread = max(timed.high - timed.low, 1e-9) / 2
    if timed.low >= DIFFERENT:
        return _worse(timed.slope, reference, label, _confidence(timed.slope - SAME, spread), "cpu", data)
    if timed.high <= -DIFFERENT:
        return _better(timed.slope, reference, label, _confidence(-timed.slope - SAME, spread), "cpu", data)
    if timed.low >= -SAME and timed.high <= SAME:
        return _same(reference, label, _confidence(SAME - abs(timed.slope), spread), "cpu", data)
    return _inconclusive(timed.slope, label, "cpu", data)


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
