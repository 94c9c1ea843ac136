"""The ladder: candidate and reference on growing inputs, measured alike.

Two phases, so that the hint costs about a second:

1. The climb: sizes double from `min_n` (one step at a time for an
   exponential reference).  Each side is timed once, briefly, and its work
   counted while counting is cheap.  The climb stops when the dearer side's
   call costs `call_target` CPU seconds, at `max_n`, or when the wall budget
   is spent.
2. The window: the top 16-fold of sizes is timed again with care, reference
   and candidate interleaved (reference, candidate, reference, candidate) so
   that a neighbour's load hits both alike; each side keeps its faster run.

Both sides get the same seeded input at each size.  A class entry (a design
problem) is measured as one replay of the input's operations: `make_input`
returns the constructor's arguments and the calls, and the growth is per
operation.
"""

from __future__ import annotations

import functools
import itertools
import math
import random
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from judge.background import at_once
from judge.complexity.classes import Growth, parse_label
from judge.complexity.verdict import BLIND, COMPLETE, ComplexityResult, Point, counted_points, decide, window
from judge.outcomes import CaseOver, SubmissionError, TimeLimitExceeded
from judge.sandbox.session import RunnerSession, encode_input

MakeInput = Callable[[int, random.Random], tuple[Any, ...]]
PER_OPERATION = " per operation"
CLASS_NAME = re.compile(r"O\([^)]*\)")


@dataclass(frozen=True)
class LadderConfig:
    entry: str
    label: str  # the setter's label for the reference: "O(n log n)", "O(1) per operation"
    min_n: int = 16
    max_n: int = 1_000_000
    call_target: float = 0.05  # CPU seconds: the climb stops once a call costs this much (work hidden in C shows late)
    count_limit: int = 150_000  # count work only while the last count was below this (counting is ~30x slower)
    climb_seconds: float = 0.0  # the climb times one call per side: enough to know when to stop
    window_seconds: float = 0.005  # each careful timing in the window (the thread clock is exact)
    cpu_budget: float = 1.5  # CPU seconds for the climb, both runners and the generator: the same sizes under any load
    wall_budget: float = 10.0  # seconds for the climb whatever happens (a machine so loaded that CPU budgets mean little)
    seed: str = "judge"
    replay: bool = False  # a class entry: measure a replay of operations

    @property
    def per_operation(self) -> bool:
        return self.label.endswith(PER_OPERATION)


def _steps(config: LadderConfig, growth: Growth, points: list[Point]) -> Iterator[int]:
    """Doubling sizes (the window of the top 16-fold then holds five), but finer once the candidate's cost explodes (an exponential
    candidate against a polynomial reference would time out within a step or two)."""
    n = max(1, config.min_n)
    fine = growth.exponential
    while n <= config.max_n:
        yield n
        fine = fine or _exploding(points)
        n = n + max(1, n // 8) if fine else _doubled(n, config.max_n)


def _doubled(n: int, top: int) -> int:
    """Twice n, or the top size itself once past it (so max_n is always measured)."""
    return n * 2 if n * 2 <= top or n == top else top


def _next_count(points: list[Point]) -> float:
    """The larger count expected at the next size, from the last step's growth."""
    last = points[-1]
    if last.candidate_count is None or last.reference_count is None:
        return math.inf
    grown = max(last.candidate_count, last.reference_count)
    if len(points) < 2 or not points[-2].candidate_count or not points[-2].reference_count:
        return grown * 4.0
    before = max(points[-2].candidate_count, points[-2].reference_count)
    return grown * max(2.0, grown / before)


def _exploding(points: list[Point]) -> bool:
    if len(points) < 2:
        return False
    last, before = points[-1], points[-2]
    if last.candidate_count and before.candidate_count:
        return last.candidate_count > EXPLODING * before.candidate_count
    return last.candidate_cpu > EXPLODING * max(before.candidate_cpu, 1e-4)


EXPLODING = 16  # a cost that grows this much in one doubling grows faster than n^4


def total_growth(config: LadderConfig) -> tuple[Growth, str]:
    """The reference's growth over a whole input, and its label as shown."""
    if not config.per_operation:
        return parse_label(config.label), config.label
    one = parse_label(config.label.removesuffix(PER_OPERATION))
    whole = Growth(one.exponent + 1, one.log_power)  # n operations
    return whole, whole.name()


def measure_growth(candidate: RunnerSession, reference: RunnerSession, make_input: MakeInput, config: LadderConfig) -> ComplexityResult:
    growth, label = total_growth(config)
    target = {"name": config.entry, **({"replay": True} if config.replay else {})}
    started = time.monotonic()
    sides = Sides(candidate, reference, target, certify_by=started + CERTIFIED_WITHIN)
    inputs: dict[int, tuple[Any, ...]] = {}
    climbed = _climb(sides, make_input, config, growth, inputs)
    timings = Window(sides, _with_halfway_sizes(climbed, make_input, config, inputs), inputs, config)
    timings.measure(PASSES)
    result = _certified(sides, timings.points(climbed), inputs, growth, label)
    if result.verdict == "inconclusive" and timings.best and time.monotonic() - started < REFINE_WITHIN:
        # Undecided: each size's fastest time over more passes.  The
        # minimum only falls towards the call's cost, so more passes narrow
        # the interval a spoilt size widened; they do not draw new dice.
        timings.measure(PASSES)
        result = _certified(sides, timings.points(climbed), inputs, growth, label)
    return _per_operation(result) if config.per_operation else result


# Wall seconds: a stage undecided by then measures its window once more
# (another round costs about as much as the first, and no stage may cost 4 s).
REFINE_WITHIN = 2.0


def _certified(sides: Sides, points: list[Point], inputs: dict[int, tuple[Any, ...]], growth: Growth, label: str) -> ComplexityResult:
    """The verdict, with the counts certified where that would change it:
    complete, they decide against a CPU lean of less than a class; blind to
    some work, they decide only where CPU time agrees.  The candidate's
    first missed work is named, a hint at what costs more than it looks."""
    result = decide(points, growth, label)
    sizes = [p.n for p in counted_points(points) if p.n >= CERTIFY_FROM]
    if not sizes:
        return result
    complete, blind = (decide(points, growth, label, count=state) for state in (COMPLETE, BLIND))
    if complete.verdict == result.verdict == blind.verdict:
        return result
    missed = sides.certify(sizes[0], inputs[sizes[0]])
    if missed is None:
        return _noted(complete, "the work count sees all of the work")
    return _noted(blind, f"the work count does not see {missed}") if missed else blind


def _noted(result: ComplexityResult, note: str) -> ComplexityResult:
    return ComplexityResult.from_json({**result.to_json(), "message": f"{result.message} ({note})"})


# The certificate takes operands of bounded size (8 items, 64 characters,
# 256 bits) as constant.  At this size or more, an operand that grows with n
# must stay under 1/32 of it to pass for one.  The count's window holds
# larger sizes too: the lowest of them costs least, and runs the same code.
CERTIFY_FROM = 2048


def _climb(sides: Sides, make_input: MakeInput, config: LadderConfig, growth: Growth, inputs: dict[int, tuple[Any, ...]]) -> list[Point]:
    points: list[Point] = []
    started = time.monotonic()
    spent = last = 0.0  # CPU seconds: all of the climb, and its last size
    counting = True
    for n in _steps(config, growth, points):
        if spent + 2 * last > config.cpu_budget or time.monotonic() - started > config.wall_budget:
            break  # the next size (twice the input) would not fit in the budget
        before = spent
        generating = time.process_time()
        inputs[n] = _input(make_input, n, config)
        spent += time.process_time() - generating
        try:
            point = sides.measure(n, inputs[n], config.climb_seconds, count=counting)
        except SideFailed as failed:
            if failed.side == "candidate" and isinstance(failed.error, TimeLimitExceeded):
                # The candidate ran out of its budget at this size: its
                # budget is a lower bound on its cost there.
                ref_cpu = points[-1].reference_cpu * 2 if points else 0.0
                points.append(Point(n, CALL_BUDGET, ref_cpu, candidate_timed_out=True))
            break  # anything else: decide on the sizes measured so far
        points.append(point)
        spent += sides.cpu
        last = spent - before
        counting = counting and _next_count(points) < config.count_limit
        if max(point.candidate_cpu, point.reference_cpu) >= config.call_target:
            break
    return points


def _input(make_input: MakeInput, n: int, config: LadderConfig) -> tuple[Any, ...]:
    """The generator's input of size n: the same on every run (its seed is the ladder's and n)."""
    return _replay_as_lists(make_input(n, random.Random(f"{config.seed}:{n}")), config)


def _replay_as_lists(args: tuple[Any, ...], config: LadderConfig) -> tuple[Any, ...]:
    """A replay's operations as lists, not tuples: plain JSON crosses without
    the object table, which matters at 50,000 operations."""
    if not config.replay or len(args) != 2:
        return args
    ctor_args, ops = args
    return list(ctor_args), [[name, list(op_args)] for name, op_args in ops]


def _with_halfway_sizes(climbed: list[Point], make_input: MakeInput, config: LadderConfig, inputs: dict[int, tuple[Any, ...]]) -> list[int]:
    """The window's sizes, with one more halfway (geometrically) between each
    two doublings: nine sizes, not five, for the CPU fit over the same 16-fold.
    A reference whose cost per item moves with the caches bends the ratio's
    line; more sizes along it narrow the fit's interval where five left it
    between 'same' and 'different'.  Each new size's input goes into `inputs`."""
    if not climbed or climbed[-1].candidate_timed_out:
        return []
    top = [p.n for p in window(climbed)]
    sizes = top[:1]
    for low, high in itertools.pairwise(top):
        if high >= 2 * low and low >= HALFWAY_FROM:
            halfway = round(math.sqrt(low * high))
            inputs[halfway] = _input(make_input, halfway, config)
            sizes.append(halfway)
        sizes.append(high)
    return sizes


HALFWAY_FROM = 64  # no halfway size below this: small sizes time mostly the call itself, and an exponential climb already steps by n / 8


class Window:
    """The top window's careful timings: each side's fastest time per size
    over passes of the window.  Passes, not rounds back to back: a burst of
    load on a shared machine can outlast both rounds of one size, and one
    spoilt size in five made a quadratic candidate's CPU fit too wide to
    overrule a blind count."""

    def __init__(self, sides: Sides, sizes: list[int], inputs: dict[int, tuple[Any, ...]], config: LadderConfig):
        self.sides, self.sizes, self.inputs, self.config = sides, sizes, inputs, config
        self.best: dict[int, Point] = {}
        self.failed_at: int | None = None  # the smallest size where a side failed: no point from there on

    def measure(self, passes: int) -> None:
        """`passes` more passes over the window, on a CPU budget as large as the climb's.  A long call is
        timed once per round: it is its own best estimate, and another pass would double the round's cost."""
        spent = 0.0
        timed: set[int] = set()
        for _ in range(passes):
            for n in self.sizes:
                if self.failed_at is not None and n >= self.failed_at:
                    return
                if spent > self.config.cpu_budget or (n in timed and _long(self.best[n], self.config)):
                    continue
                try:
                    careful = self.sides.measure(n, self.inputs[n], self.config.window_seconds, count=False)
                except SideFailed:
                    self.failed_at = n
                    return
                spent += self.sides.cpu
                timed.add(n)
                self.best[n] = _faster(self.best[n], careful) if n in self.best else careful

    def points(self, climbed: list[Point]) -> list[Point]:
        return _merged(climbed, self.best, below=self.failed_at)


def _merged(climbed: list[Point], best: dict[int, Point], below: int | None) -> list[Point]:
    """The climbed points with their careful times, and the halfway sizes, in order of size (those below `below`)."""
    climbed_sizes = {p.n for p in climbed}
    points = [_careful(p, best.get(p.n)) for p in climbed] + [p for n, p in best.items() if n not in climbed_sizes]
    return sorted((p for p in points if below is None or p.n < below), key=lambda p: p.n)


PASSES = 2


def _long(point: Point, config: LadderConfig) -> bool:
    return max(point.candidate_cpu, point.reference_cpu) > 3 * config.window_seconds


def _faster(one: Point, other: Point) -> Point:
    """Each side's faster time of two measures of one size."""
    candidate, reference = min(one.candidate_cpu, other.candidate_cpu), min(one.reference_cpu, other.reference_cpu)
    return replace(one, candidate_cpu=candidate, reference_cpu=reference)


def _careful(point: Point, careful: Point | None) -> Point:
    """A climbed point with its careful CPU times, where it has them (its count stays the climb's)."""
    if careful is None:
        return point
    return replace(point, candidate_cpu=careful.candidate_cpu, reference_cpu=careful.reference_cpu)


def _per_operation(result: ComplexityResult) -> ComplexityResult:
    """A replay of n operations costs n times one operation: say it per operation."""
    data = result.to_json()
    for key in ("expected", "estimate"):
        data[key] = _one_operation(data[key])
    data["message"] = CLASS_NAME.sub(lambda match: _one_operation(match.group(0)), result.message)
    return ComplexityResult.from_json(data)


def _one_operation(name: str) -> str:
    try:
        growth = parse_label(name)
    except ValueError:
        return name
    if growth.exponential or growth.exponent < 1:
        return name
    return Growth(growth.exponent - 1, growth.log_power).name() + PER_OPERATION


CALL_BUDGET = 0.6  # CPU seconds one measuring request may take, all its repetitions included
# The same for a certificate, asked only where it changes the verdict: before
# 3.12 it checks every instruction of the frames it reads through settrace,
# and a Python merge sort of 2,048 items takes it about a second.
CERTIFY_BUDGET = 1.5
# Wall seconds from the ladder's start by which a certificate should be
# done: its budget shrinks, down to CALL_BUDGET, so the stage stays under 4 s.
CERTIFIED_WITHIN = 3.5


def certify_budget(seconds_left: float) -> float:
    """A certificate's CPU budget, with `seconds_left` before CERTIFIED_WITHIN is up."""
    return min(CERTIFY_BUDGET, max(CALL_BUDGET, seconds_left))


MEASURING = "judge-measuring"  # the thread that measures the candidate


class Sides:
    """The candidate and the reference, measured alike on the same input."""

    def __init__(self, candidate: RunnerSession, reference: RunnerSession, target: dict[str, Any], certify_by: float = math.inf):
        self.sessions = (("reference", reference), ("candidate", candidate))
        self.target = target
        self.certify_by = certify_by  # monotonic seconds: when a certificate must be done, if it can
        self.cpu = 0.0  # CPU seconds the last measure cost in both runners
        self.certified: dict[int, str | None] = {}

    def measure(self, n: int, args: tuple[Any, ...], seconds: float, *, count: bool) -> Point:
        """Each side timed (and counted, in the same request), both sides at
        once: each runner is a process of its own, its CPU clock its own (and
        its work count exact), so the two measure alike side by side and the
        stage takes half the wall time.  `cpu` is then what it cost in the
        runners."""
        self.cpu = 0.0
        options = {"time": True, "count": count, "cpu_budget": CALL_BUDGET, "seconds": seconds, "encoded": self._encoded(n, args)}
        measured: dict[str, dict[str, Any]] = {}
        for side, session, answer in self._both(n, args, options):
            measured[side] = answer
            self.cpu += session.cpu
        candidate, reference = measured["candidate"], measured["reference"]
        return Point(n, float(candidate["cpu"]), float(reference["cpu"]), candidate.get("count"), reference.get("count"))

    def certify(self, n: int, args: tuple[Any, ...]) -> str | None:
        """None when the work count sees all of both sides' work at size n;
        else what the candidate's does not see ("" when only the reference's,
        which is not the candidate's to read, or when it could not be told).
        Asked once per size: a refined window asks again with the same input."""
        if n not in self.certified:
            self.certified[n] = self._certify(n, args)
        return self.certified[n]

    def _certify(self, n: int, args: tuple[Any, ...]) -> str | None:
        budget = certify_budget(self.certify_by - time.monotonic())
        options = {"time": False, "count": False, "certify": True, "cpu_budget": budget, "encoded": self._encoded(n, args)}
        try:
            answers = {side: answer for side, _, answer in self._both(n, args, options)}
        except SideFailed:
            return ""
        missed = {side: _missed(answer) for side, answer in answers.items()}
        if missed["candidate"] == "" and missed["reference"] == "":
            return None
        return missed["candidate"] or ""

    def _encoded(self, n: int, args: tuple[Any, ...]) -> dict[str, Any] | None:
        """The input, encoded once for both sides where either has not staged
        it: a 20,000-node linked list costs the trusted side a fifth of a
        second to encode."""
        return encode_input(args) if any(n not in session.staged for _, session in self.sessions) else None

    def _both(self, n: int, args: tuple[Any, ...], options: dict[str, Any]) -> list[tuple[str, RunnerSession, dict[str, Any]]]:
        """One measuring request to each side, at once; a side's failure is
        raised once both have ended (the reference's first, as before)."""
        (reference, reference_session), (candidate, candidate_session) = self.sessions
        candidate_measured, reference_measured = at_once(
            functools.partial(_measure, candidate, candidate_session, self.target, args, n, **options),
            functools.partial(_measure, reference, reference_session, self.target, args, n, **options),
            MEASURING,
        )
        return [(reference, reference_session, reference_measured), (candidate, candidate_session, candidate_measured)]


MISSED_CAP = 200  # characters of a runner's account of missed work: it comes out of the sandbox


def _missed(answer: dict[str, Any]) -> str | None:
    """What a runner says its count misses ("" nothing); None when it says nothing (another language's runner)."""
    missed = answer.get("missed")
    return missed[:MISSED_CAP] if isinstance(missed, str) else None


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
