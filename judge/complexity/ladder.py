"""The ladder: candidate and reference on growing inputs, measured alike.

At each size both get the same seeded input, measured interleaved
(reference, candidate, reference, candidate) so a neighbour's load hits both
alike; each side keeps its faster run.  Sizes grow geometrically (by one
step for an exponential reference) until a call costs `per_call_cap` CPU
seconds, the ladder has spent `budget`, or `max_n` is passed.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from judge.complexity.classes import Growth, parse_label
from judge.complexity.verdict import ComplexityResult, Point, decide
from judge.outcomes import CaseOver, SubmissionError, TimeLimitExceeded
from judge.sandbox.session import RunnerSession

MakeInput = Callable[[int, random.Random], tuple[Any, ...]]
SQRT2 = 2**0.5


@dataclass(frozen=True)
class LadderConfig:
    entry: str
    label: str  # the setter's label for the reference: "O(n log n)"
    min_n: int = 16
    max_n: int = 1_000_000
    per_call_cap: float = 0.1  # CPU seconds: no size whose calls would cost more
    budget: float = 3.0  # CPU seconds for the whole ladder, both sides
    count_below: float = 0.01  # count work only where a call is cheaper (counting is ~20x slower)
    wall_budget: float = 10.0  # seconds for the whole ladder, generating and sending inputs included
    seed: str = "judge"


def sizes(config: LadderConfig, reference: Growth) -> Iterator[int]:
    """Geometric by sqrt(2): twice the points of doubling for the same budget."""
    n = max(1, config.min_n)
    while n <= config.max_n:
        yield n
        n = n + 1 if reference.exponential else max(n + 1, round(n * SQRT2))


def measure_growth(candidate: RunnerSession, reference: RunnerSession, make_input: MakeInput, config: LadderConfig) -> ComplexityResult:
    growth = parse_label(config.label)
    target = {"name": config.entry}
    points: list[Point] = []
    spent = 0.0
    call_budget = max(2.0, config.per_call_cap * 12)
    started = time.monotonic()
    for n in sizes(config, growth):
        if time.monotonic() - started > config.wall_budget:
            break
        args = make_input(n, random.Random(f"{config.seed}:{n}"))
        try:
            point = _measure_size(candidate, reference, target, args, n, config, call_budget)
        except SideFailed as failed:
            if failed.side == "candidate" and isinstance(failed.error, TimeLimitExceeded):
                # The candidate ran out of its budget at this size: its
                # budget is a lower bound on its cost there.
                ref_cpu = points[-1].reference_cpu * 2 if points else 0.0
                points.append(Point(n, call_budget, ref_cpu, candidate_timed_out=True))
            break  # anything else: decide on the sizes measured so far
        points.append(point)
        spent += 4 * max(point.candidate_cpu, point.reference_cpu, 0.02)
        if spent > config.budget or _next_cost(points, growth) > config.per_call_cap:
            break
    return decide(points, growth, config.label)


def _next_cost(points: list[Point], growth: Growth) -> float:
    """The dearer side's cost at the next size, extrapolated from the last step."""
    last = max(points[-1].candidate_cpu, points[-1].reference_cpu)
    if len(points) < 2:
        return last * (2 if growth.exponential else 3)
    before = max(points[-2].candidate_cpu, points[-2].reference_cpu, 1e-9)
    return last * max(1.0, last / before)


class SideFailed(Exception):
    def __init__(self, side: str, error: BaseException):
        super().__init__(f"{side}: {error}")
        self.side = side
        self.error = error


def _measure(side: str, session: RunnerSession, *args: Any, **kwargs: Any) -> dict[str, Any]:
    try:
        return session.measure(*args, **kwargs)
    except (CaseOver, SubmissionError) as error:
        raise SideFailed(side, error) from None


def _measure_size(
    candidate: RunnerSession,
    reference: RunnerSession,
    target: dict[str, Any],
    args: tuple[Any, ...],
    n: int,
    config: LadderConfig,
    budget: float,
) -> Point:
    runs: dict[str, list[float]] = {"candidate": [], "reference": []}
    for round_ in range(2):
        for side, session in (("reference", reference), ("candidate", candidate)):
            runs[side].append(float(_measure(side, session, target, args, n, time=True, count=False, cpu_budget=budget)["cpu"]))
        if round_ == 0 and max(runs["candidate"][0], runs["reference"][0]) > 0.03:
            break  # a long call is its own best estimate; a second round would double the cost
    cand_cpu, ref_cpu = min(runs["candidate"]), min(runs["reference"])
    cand_count = ref_count = None
    if max(cand_cpu, ref_cpu) < config.count_below:
        ref_count = _measure("reference", reference, target, args, n, time=False, count=True, cpu_budget=budget)["count"]
        cand_count = _measure("candidate", candidate, target, args, n, time=False, count=True, cpu_budget=budget)["count"]
    return Point(n, cand_cpu, ref_cpu, cand_count, ref_count)
