"""The counterexample's calls and answer leave out the repr() calls pytest
makes while it words the failure."""

from __future__ import annotations

from judge.grading.trace import Trace


def test_trailing_repr_calls_are_not_the_answer() -> None:
    trace = Trace()
    trace.called("cache = LRUCache(capacity=2)").outcome = "<LRUCache>"
    trace.called("cache.get(key=1)").outcome = "1"
    trace.called("repr(cache)", display=True).outcome = "'<solution.LRUCache object>'"
    assert trace.input_text() == "cache = LRUCache(capacity=2)\ncache.get(key=1)"
    assert trace.actual_text() == "1"


def test_a_repr_the_test_asked_for_before_its_last_call_stays() -> None:
    trace = Trace()
    trace.called("repr(clock)", display=True).outcome = "'08:00'"
    trace.called("clock.hour").outcome = "8"
    assert trace.input_text() == "repr(clock)\nclock.hour"
    assert trace.actual_text() == "8"
