import threading
import time

import pytest
from solution import ReadWriteLock

SETTLE = 0.3  # seconds for a call started in another thread to reach the lock and wait there


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


def test_readers_share_the_lock():
    lock = ReadWriteLock()
    lock.acquire_read()
    second = InThread(lock.acquire_read)
    second.join()  # a second reader enters at once
    lock.release_read()
    lock.release_read()


def test_writer_waits_for_the_reader():
    lock = ReadWriteLock()
    lock.acquire_read()
    writer = InThread(lock.acquire_write)
    time.sleep(SETTLE)
    assert writer.waiting(), "acquire_write() returned while a reader held the lock"
    lock.release_read()
    writer.join()
    lock.release_write()


def test_reader_waits_behind_a_waiting_writer():
    lock = ReadWriteLock()
    lock.acquire_read()
    writer = InThread(lock.acquire_write)
    time.sleep(SETTLE)
    reader = InThread(lock.acquire_read)
    time.sleep(SETTLE)
    went_ahead = not reader.waiting()
    if went_ahead:
        lock.release_read()  # so that the writer gets in all the same
    lock.release_read()
    writer.thread.join(20)
    lock.release_write()
    reader.thread.join(20)
    writer.join()
    reader.join()
    assert not went_ahead, "acquire_read() went ahead of a waiting writer"
    lock.release_read()


def test_release_without_acquire():
    lock = ReadWriteLock()
    with pytest.raises(RuntimeError):
        lock.release_read()
    with pytest.raises(RuntimeError):
        lock.release_write()
