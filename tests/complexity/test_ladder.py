"""The ladder's measuring plan, against sessions that answer from a cost model."""

from __future__ import annotations

import random
from typing import Any, cast

from judge.complexity.ladder import LadderConfig, measure_growth
from judge.sandbox.session import RunnerSession

CANDIDATE_SECONDS = 1e-8  # per n^2: a quadratic candidate
REFERENCE_SECONDS = 1e-7  # per n: a linear reference


class ModelSession:
    """A runner that answers `measure` from its cost model, and keeps a log.
    `burst`: the indices of its answers that a burst of load makes 3x slower."""

    def __init__(self, cost: Any, burst: frozenset[int] = frozenset()) -> None:
        self.cost = cost
        self.burst = burst
        self.cpu = 0.0
        self.staged: list[int] = []
        self.asked: list[int] = []  # the size of each measure, in order

    def measure(self, target: dict[str, Any], args: tuple[Any, ...], key: int, **options: Any) -> dict[str, Any]:
        spoilt = len(self.asked) in self.burst
        self.asked.append(key)
        self.staged = [*self.staged, key][-6:]
        self.cpu = self.cost(key) * (3.0 if spoilt else 1.0)
        answer: dict[str, Any] = {"cpu": self.cpu}
        if options["count"]:
            answer["count"] = int(self.cost(key) * 1e9)
        return answer


def make_input(n: int, rng: random.Random) -> tuple[Any, ...]:
    return ([0] * n,)


def ladder(candidate: ModelSession, reference: ModelSession) -> list[dict[str, Any]]:
    config = LadderConfig("f", "O(n)")
    result = measure_growth(cast(RunnerSession, candidate), cast(RunnerSession, reference), make_input, config)
    return result.points


def test_the_window_is_measured_in_passes_so_a_burst_spoils_no_size_twice() -> None:
    calm = ladder(ModelSession(lambda n: CANDIDATE_SECONDS * n * n), ModelSession(lambda n: REFERENCE_SECONDS * n))
    climbed = len(calm)
    # The burst covers the candidate's first two careful measures, back to
    # back: two rounds of one size would both be spoilt.
    burst = frozenset({climbed, climbed + 1})
    candidate = ModelSession(lambda n: CANDIDATE_SECONDS * n * n, burst)
    points = ladder(candidate, ModelSession(lambda n: REFERENCE_SECONDS * n))
    careful = candidate.asked[climbed:]
    assert careful[0] != careful[1], "the burst's two measures are of two sizes"
    assert len(careful) > len(set(careful)), "the window's short sizes are measured twice"
    for point in points:
        assert point["candidate_cpu"] == CANDIDATE_SECONDS * point["n"] ** 2


def test_a_long_call_is_measured_once_in_the_window() -> None:
    candidate = ModelSession(lambda n: CANDIDATE_SECONDS * n * n)
    points = ladder(candidate, ModelSession(lambda n: REFERENCE_SECONDS * n))
    top = points[-1]["n"]
    assert candidate.asked.count(top) == 2  # the climb's, and one careful pass
