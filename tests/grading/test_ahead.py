"""Runners started ahead: each case still gets its own, in order, and a
failed start is the failure of the case that takes it."""

from __future__ import annotations

import threading
from typing import Any, cast

import pytest

from judge.grading.ahead import RunnersAhead
from judge.sandbox.session import RunnerSession


class FakeSession:
    def __init__(self, number: int):
        self.number = number
        self.closed = False
        self.thread = threading.current_thread().name

    def close(self) -> None:
        self.closed = True


def maker() -> tuple[list[FakeSession], Any]:
    made: list[FakeSession] = []
    lock = threading.Lock()

    def make() -> RunnerSession:
        with lock:
            session = FakeSession(len(made))
            made.append(session)
        return cast("RunnerSession", session)

    return made, make


def test_cases_take_runners_oldest_first_each_once() -> None:
    made, make = maker()
    ahead = RunnersAhead()
    ahead.add(make())
    ahead.fill(2, make)
    first, second = ahead.take(make), ahead.take(make)
    assert first is not second
    assert cast(Any, first).number == 0
    assert cast(Any, second).thread == "judge-runner-ahead"  # started in a thread while the first served
    third = ahead.take(make)  # none left ahead: made now, in this thread
    assert cast(Any, third).thread == threading.current_thread().name
    assert len(made) == 3


def test_a_failed_start_is_raised_in_the_case_that_takes_it() -> None:
    def fail() -> RunnerSession:
        raise OSError("no runner")

    ahead = RunnersAhead()
    ahead.fill(1, fail)
    with pytest.raises(OSError, match="no runner"):
        ahead.take(fail)


def test_discard_closes_what_no_case_took() -> None:
    made, make = maker()
    ahead = RunnersAhead()
    ahead.fill(2, make)
    ahead.discard()
    assert [s.closed for s in made] == [True, True]
    assert cast(Any, ahead.take(make)).number == 2  # nothing left ahead
