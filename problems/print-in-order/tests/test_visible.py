import threading
import time

from solution import Foo

SETTLE = 0.3  # seconds for a call started in another thread to reach the object and wait there


class InThread:
    """call() in a thread of its own; join() waits for it and raises what it raised."""

    def __init__(self, call):
        self.errors = []
        self.thread = threading.Thread(target=self._run, args=(call,), daemon=True)
        self.thread.start()

    def _run(self, call):
        try:
            call()
        except BaseException as exc:  # noqa: BLE001 - raised again by join()
            self.errors.append(exc)

    def waiting(self):
        return self.thread.is_alive()

    def join(self):
        self.thread.join(20)
        if self.errors:
            raise self.errors[0]
        assert not self.thread.is_alive(), "the call never returned"


def join_all(*calls):
    """Wait for every call, then raise the first error: no thread outlives the test."""
    for call in calls:
        call.thread.join(20)
    for call in calls:
        call.join()


def test_in_order_from_one_thread():
    foo = Foo()
    foo.first()
    foo.second()
    foo.third()
    assert foo.log() == ["first", "second", "third"]


def test_third_waits_for_the_others():
    foo = Foo()
    third = InThread(foo.third)
    time.sleep(SETTLE)
    assert third.waiting(), "third() returned before first() and second() were called"
    assert foo.log() == []
    second = InThread(foo.second)
    time.sleep(SETTLE)
    assert third.waiting() and second.waiting(), "a step returned before first() was called"
    foo.first()
    join_all(second, third)
    assert foo.log() == ["first", "second", "third"]


def test_second_arrives_first():
    foo = Foo()
    second = InThread(foo.second)
    time.sleep(SETTLE)
    assert second.waiting(), "second() returned before first() was called"
    third = InThread(foo.third)
    foo.first()
    join_all(second, third)
    assert foo.log() == ["first", "second", "third"]
