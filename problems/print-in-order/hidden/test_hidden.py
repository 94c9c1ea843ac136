import itertools
import random
import threading
import time

from hypothesis import given
from hypothesis import strategies as st

SETTLE = 0.3  # seconds for a call started in another thread to reach the sandbox and wait there
PATIENCE = 20.0  # seconds to wait for calls: past any wall limit, so a stuck call ends as the judge's time-out
STEPS = ("first", "second", "third")
IN_ORDER = ["first", "second", "third"]


class Call:
    """One call to the submission, made from its own thread so the test can
    watch it wait; what it raised is raised again in the test's thread."""

    def __init__(self, method, *args):
        self.result = None
        self.error = None
        self.thread = threading.Thread(target=self._run, args=(method, args), daemon=True)
        self.thread.start()

    def _run(self, method, args):
        try:
            self.result = method(*args)
        except BaseException as exc:  # noqa: BLE001 - the judge's time-out too must reach the test's thread
            self.error = exc

    def done(self):
        return not self.thread.is_alive()


def finish(calls):
    """Wait for every call, then raise what the first failed one raised.
    Every call, not only up to the first failure: a case that ends with calls
    still waiting ends as a time-out."""
    deadline = time.monotonic() + PATIENCE
    while not all(call.done() for call in calls):
        assert time.monotonic() < deadline, "calls never returned (a deadlock?)"
        time.sleep(0.005)
    for call in calls:
        if call.error is not None:
            raise call.error


def may_return(started):
    """The steps whose calls may have returned once `started` have been called:
    the longest run of first, second, third that has all been called."""
    done = set()
    for step in STEPS:
        if step not in started:
            break
        done.add(step)
    return done


def run_staged(foos, orders):
    """Call each object's steps in its order, one round of calls at a time and
    SETTLE apart; after each round, exactly the steps that may run have
    returned.  A wrong round is reported once all calls are made and have
    returned, so that no step is left waiting for a call that never comes."""
    calls = [{} for _ in foos]
    wrong = []
    for round_ in range(3):
        for foo, order, mine in zip(foos, orders, calls, strict=True):
            mine[order[round_]] = Call(getattr(foo, order[round_]))
        expected = [may_return(set(order[: round_ + 1])) for order in orders]
        deadline = time.monotonic() + PATIENCE
        while (
            not all(mine[step].done() for mine, steps in zip(calls, expected, strict=True) for step in steps)
            and time.monotonic() < deadline
        ):
            time.sleep(0.005)
        time.sleep(SETTLE)
        for mine, steps, order in zip(calls, expected, orders, strict=True):
            returned = {step for step, call in mine.items() if call.done() and call.error is None}
            if returned != steps:
                called = ", ".join(f"{step}()" for step in order[: round_ + 1])
                wrong.append(f"after calls to {called}, the calls that returned were {sorted(returned, key=STEPS.index)}")
    finish([call for mine in calls for call in mine.values()])
    assert not wrong, wrong[0]


def test_examples(solution):
    foo = solution.Foo()
    assert foo.log() == []
    foo.first()
    assert foo.log() == ["first"]
    foo.second()
    foo.third()
    assert foo.log() == IN_ORDER


def test_reverse_order(solution):
    foo = solution.Foo()
    run_staged([foo], [("third", "second", "first")])
    assert foo.log() == IN_ORDER


def test_second_before_first(solution):
    foos = [solution.Foo(), solution.Foo()]
    run_staged(foos, [("second", "first", "third"), ("second", "third", "first")])
    for foo in foos:
        assert foo.log() == IN_ORDER


def test_third_before_second(solution):
    # first has run and third is called before second: third must still wait for second.
    foos = [solution.Foo(), solution.Foo()]
    run_staged(foos, [("first", "third", "second"), ("third", "first", "second")])
    for foo in foos:
        assert foo.log() == IN_ORDER


def test_every_call_order(solution):
    orders = list(itertools.permutations(STEPS))
    foos = [solution.Foo() for _ in orders]
    run_staged(foos, orders)
    for foo in foos:
        assert foo.log() == IN_ORDER


def test_log_while_waiting(solution):
    foo = solution.Foo()
    third = Call(foo.third)
    time.sleep(SETTLE)
    assert foo.log() == []
    foo.first()
    assert foo.log() == ["first"], "log() must show first alone: third() still waits for second()"
    foo.second()
    finish([third])
    assert foo.log() == IN_ORDER


def test_objects_are_independent(solution):
    # A finished object must not let a new one's steps skip their turn.
    done = solution.Foo()
    done.first()
    done.second()
    done.third()
    foo = solution.Foo()
    run_staged([foo], [("third", "second", "first")])
    assert foo.log() == IN_ORDER
    assert done.log() == IN_ORDER


def test_large_input(solution):
    # 8 objects, their 24 calls released at once in a shuffled order.
    rng = random.Random(7)
    foos = [solution.Foo() for _ in range(8)]
    calls = [(foo, step) for foo in foos for step in STEPS]
    rng.shuffle(calls)
    barrier = threading.Barrier(len(calls))

    def step_of(foo, step):
        barrier.wait()
        getattr(foo, step)()

    finish([Call(step_of, foo, step) for foo, step in calls])
    for foo in foos:
        assert foo.log() == IN_ORDER


def schedules():
    # 1 to 3 objects; every call of every object, in one interleaved arrival order.
    calls = st.integers(1, 3).map(lambda n: [(i, step) for i in range(n) for step in STEPS])
    return calls.flatmap(st.permutations)


def play(module, schedule):
    """Start the calls in the schedule's order, a short gap apart; the objects' logs."""
    foos = [module.Foo() for _ in range(1 + max(i for i, _ in schedule))]
    calls = []
    for i, step in schedule:
        calls.append(Call(getattr(foos[i], step)))
        time.sleep(0.005)
    finish(calls)
    return [foo.log() for foo in foos]


@given(schedules())
def test_matches_reference(solution, reference, schedule):
    expected = play(reference, schedule)
    for log, reference_log in zip(play(solution, schedule), expected, strict=True):
        assert log == reference_log
