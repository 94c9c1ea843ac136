"""Values made in threads of their own, and which threads are the tests'."""

from __future__ import annotations

import threading

from judge.background import InThread, non_judge_threads


def test_the_judges_own_threads_are_not_counted_as_a_tests() -> None:
    """A runner started ahead ends while a case runs: counted, it would hide a
    thread the test started (and a concurrent call would be taken for the last)."""
    before = non_judge_threads()
    release = threading.Event()
    judge_thread = InThread(release.wait, "judge-runner-ahead")
    test_thread = threading.Thread(target=release.wait)
    test_thread.start()
    try:
        assert non_judge_threads() == before + 1
    finally:
        release.set()
        test_thread.join()
        judge_thread.join()
    assert non_judge_threads() == before


def test_what_making_a_value_raised_is_raised_to_who_takes_it() -> None:
    def fail() -> int:
        raise ValueError("no value")

    made = InThread(fail)
    assert made.made() is None
    try:
        made.result()
    except ValueError as exc:
        assert str(exc) == "no value"
    else:
        raise AssertionError("result() raised nothing")
