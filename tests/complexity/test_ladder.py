"""The ladder's measuring plan, against sessions that answer from a cost model."""

from __future__ import annotations

import itertools
import math
import random
from typing import Any, cast

from judge.complexity.ladder import CALL_BUDGET, CERTIFY_BUDGET, CERTIFY_FROM, HALFWAY_FROM, LadderConfig, certify_budget, measure_growth
from judge.complexity.verdict import SPAN, ComplexityResult
from judge.sandbox.session import RunnerSession

CANDIDATE_SECONDS = 1e-8  # per n^2: a quadratic candidate
REFERENCE_SECONDS = 1e-7  # per n: a linear reference


class ModelSession:
    """A runner that answers `measure` from its cost model, and keeps a log.
    `burst`: the indices of its answers that a burst of load makes 3x slower.
    `work`: its count per size (else its cost's); `missed`: what its
    certificate says the count misses (else nothing); `certified`: the
    sizes it was asked to certify at."""

    def __init__(self, cost: Any, burst: frozenset[int] = frozenset(), work: Any = None, missed: str = "") -> None:
        self.cost = cost
        self.burst = burst
        self.work = work or (lambda n: cost(n) * 1e9)
        self.missed = missed
        self.cpu = 0.0
        self.staged: list[int] = []
        self.asked: list[int] = []  # the size of each measure, in order
        self.certified: list[int] = []
        self.budgets: list[float] = []  # each certificate's CPU budget

    def measure(self, target: dict[str, Any], args: tuple[Any, ...], key: int, **options: Any) -> dict[str, Any]:
        if options.get("certify"):
            self.certified.append(key)
            self.budgets.append(options["cpu_budget"])
            return {"cpu": 0.0, "missed": self.missed}
        spoilt = len(self.asked) in self.burst
        self.asked.append(key)
        self.staged = [*self.staged, key][-6:]
        self.cpu = self.cost(key) * (3.0 if spoilt else 1.0)
        answer: dict[str, Any] = {"cpu": self.cpu}
        if options["count"]:
            answer["count"] = int(self.work(key))
        return answer


def make_input(n: int, rng: random.Random) -> tuple[Any, ...]:
    return ([0] * n,)


def ladder(candidate: ModelSession, reference: ModelSession) -> list[dict[str, Any]]:
    return verdict(candidate, reference).points


def verdict(candidate: ModelSession, reference: ModelSession) -> ComplexityResult:
    config = LadderConfig("f", "O(n)")
    return measure_growth(cast(RunnerSession, candidate), cast(RunnerSession, reference), make_input, config)


def climb_length(asked: list[int]) -> int:
    """How many of a session's measures were the climb's: the window then goes back down the sizes."""
    return next((i for i in range(1, len(asked)) if asked[i] <= asked[i - 1]), len(asked))


def test_the_window_is_measured_in_passes_so_a_burst_spoils_no_size_twice() -> None:
    calm = ModelSession(lambda n: CANDIDATE_SECONDS * n * n)
    ladder(calm, ModelSession(lambda n: REFERENCE_SECONDS * n))
    climbed = climb_length(calm.asked)
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


def test_the_window_adds_a_size_halfway_between_each_two_doublings() -> None:
    candidate = ModelSession(lambda n: CANDIDATE_SECONDS * n * n)
    points = ladder(candidate, ModelSession(lambda n: REFERENCE_SECONDS * n))
    climbed = candidate.asked[: climb_length(candidate.asked)]
    top = [n for n in climbed if n * SPAN >= climbed[-1]]
    halfway = [round(math.sqrt(low * high)) for low, high in itertools.pairwise(top)]
    sizes = [point["n"] for point in points]
    assert sizes == sorted({*climbed, *halfway}), "each halfway size sits in order among the climb's"
    passes = [1 if CANDIDATE_SECONDS * n * n > 3 * LadderConfig("f", "O(n)").window_seconds else 2 for n in halfway]
    assert [candidate.asked.count(n) for n in halfway] == passes, "in both passes, but a long call once"
    assert 1 in passes and 2 in passes
    for point in points:
        assert point["candidate_cpu"] == CANDIDATE_SECONDS * point["n"] ** 2


def test_no_halfway_size_below_the_floor() -> None:
    # A dear cubic candidate: its climb stops at 512, so the window is 32 .. 512.
    candidate = ModelSession(lambda n: 0.05 * (n / 512) ** 3)
    ladder(candidate, ModelSession(lambda n: REFERENCE_SECONDS * n))
    climbed = candidate.asked[: climb_length(candidate.asked)]
    extra = set(candidate.asked) - set(climbed)
    assert min(climbed[-5:]) < HALFWAY_FROM, "the window reaches below the floor"
    assert extra == {round(math.sqrt(low * 2 * low)) for low in (64, 128, 256)}


def test_a_long_call_is_measured_once_in_the_window() -> None:
    candidate = ModelSession(lambda n: CANDIDATE_SECONDS * n * n)
    points = ladder(candidate, ModelSession(lambda n: REFERENCE_SECONDS * n))
    top = points[-1]["n"]
    assert candidate.asked.count(top) == 2  # the climb's, and one careful pass


def leaning() -> ModelSession:
    """A linear candidate whose CPU time leans like n^0.35 (a hash table's
    cache misses), its count linear: the reference's, 2x."""
    return ModelSession(lambda n: REFERENCE_SECONDS * n**1.35, work=lambda n: 2 * n)


def linear(missed: str = "") -> ModelSession:
    return ModelSession(lambda n: REFERENCE_SECONDS * n, work=lambda n: n, missed=missed)


def test_a_lean_against_a_count_that_may_be_blind_is_inconclusive() -> None:
    candidate = leaning()
    candidate.missed = "line 4: `in` on a list of 2,048"
    result = verdict(candidate, linear())
    assert result.verdict == "inconclusive"
    assert len(candidate.certified) == 1, "the certificate was asked for, once: the refined window does not ask again"
    assert "does not see line 4: `in` on a list of 2,048" in result.message


def test_a_lean_against_a_complete_count_is_the_memory_s() -> None:
    candidate, reference = leaning(), linear()
    result = verdict(candidate, reference)
    assert (result.verdict, result.basis) == ("same", "count")
    assert "sees all of the work" in result.message
    counted = [p["n"] for p in result.points if p["candidate_count"]]
    low = min(n for n in counted if n * 16 >= max(counted) and n >= CERTIFY_FROM)
    assert candidate.certified == reference.certified == [low]


def test_the_reference_s_missed_work_is_not_shown_to_the_candidate() -> None:
    result = verdict(leaning(), linear(missed="line 9: a slice of a list of 2,048"))
    assert result.verdict == "inconclusive"
    assert "line 9" not in result.message


def test_a_clear_verdict_asks_for_no_certificate() -> None:
    candidate, reference = ModelSession(lambda n: CANDIDATE_SECONDS * n * n), linear()
    assert verdict(candidate, reference).verdict == "worse"
    assert candidate.certified == reference.certified == []


def test_a_runner_s_account_of_missed_work_is_capped() -> None:
    candidate = leaning()
    candidate.missed = "line 1: " + "x" * 10_000
    result = verdict(candidate, linear())
    assert result.verdict == "inconclusive"
    assert len(result.message) < 500


def uncounted(cost: Any, burst: frozenset[int] = frozenset()) -> ModelSession:
    """A side whose work count is zero: its CPU time alone decides (another language's runner)."""
    return ModelSession(cost, burst, work=lambda n: 0)


def spoilt_in_the_first_round() -> tuple[ModelSession, ModelSession, int]:
    """A linear candidate, twice the reference's cost, and a reference whose
    two careful measures of one window size are both spoilt by a burst."""
    calm = uncounted(lambda n: REFERENCE_SECONDS * n)
    verdict(uncounted(lambda n: 2 * REFERENCE_SECONDS * n), calm)
    climbed = climb_length(calm.asked)
    sizes = sorted(set(calm.asked[climbed:]))
    middle = sizes[len(sizes) // 2]
    burst = frozenset(i for i, n in enumerate(calm.asked) if i >= climbed and n == middle)
    assert len(burst) == 2, "the calm ladder timed the middle size in both passes, and decided"
    return uncounted(lambda n: 2 * REFERENCE_SECONDS * n), uncounted(lambda n: REFERENCE_SECONDS * n, burst), middle


def test_an_undecided_window_is_measured_again_and_its_fastest_times_decide() -> None:
    candidate, reference, middle = spoilt_in_the_first_round()
    result = verdict(candidate, reference)
    assert (result.verdict, result.basis) == ("same", "cpu")
    assert reference.asked.count(middle) == 4, "two more passes over the window"
    point = next(p for p in result.points if p["n"] == middle)
    assert point["reference_cpu"] == REFERENCE_SECONDS * middle


def test_a_stage_already_long_is_not_measured_again(monkeypatch: Any) -> None:
    monkeypatch.setattr("judge.complexity.ladder.REFINE_WITHIN", 0.0)
    candidate, reference, middle = spoilt_in_the_first_round()
    assert verdict(candidate, reference).verdict == "inconclusive"
    assert reference.asked.count(middle) == 2


def test_a_certificate_gets_what_is_left_of_the_stage_within_bounds(monkeypatch: Any) -> None:
    # Early, its whole budget (a merge sort of 2,048 takes 3.11's settrace
    # about a second); late, no more than the time left, but never less than
    # one measuring request's.
    candidate = leaning()
    verdict(candidate, linear())
    assert candidate.budgets == [CERTIFY_BUDGET]
    monkeypatch.setattr("judge.complexity.ladder.CERTIFIED_WITHIN", 0.0)
    late = leaning()
    verdict(late, linear())
    assert late.budgets == [CALL_BUDGET]
    assert certify_budget(1.0) == 1.0
