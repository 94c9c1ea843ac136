# fails: test_readers_wait_for_writer, test_writer_goes_before_waiting_readers
# Wakes one waiter with notify(), not all: readers and writers wait on one condition, so the one woken may be a reader
# that must keep waiting, and the writer who could go on is never woken.
import threading


class ReadWriteLock:
    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.readers = 0
        self.writing = False
        self.writers_waiting = 0

    def acquire_read(self) -> None:
        with self.changed:
            while self.writing or self.writers_waiting:
                self.changed.wait()
            self.readers += 1

    def release_read(self) -> None:
        with self.changed:
            if self.readers == 0:
                raise RuntimeError("release_read() without acquire_read()")
            self.readers -= 1
            self.changed.notify()

    def acquire_write(self) -> None:
        with self.changed:
            self.writers_waiting += 1
            while self.writing or self.readers:
                self.changed.wait()
            self.writers_waiting -= 1
            self.writing = True

    def release_write(self) -> None:
        with self.changed:
            if not self.writing:
                raise RuntimeError("release_write() without acquire_write()")
            self.writing = False
            self.changed.notify()
