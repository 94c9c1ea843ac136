# fails: test_waiting_writer_goes_first
# Readers wait only while a writer holds the lock, not while one waits: new readers go ahead of a waiting writer (and
# could keep it out forever).
import threading


class ReadWriteLock:
    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.readers = 0
        self.writing = False

    def acquire_read(self) -> None:
        with self.changed:
            while self.writing:
                self.changed.wait()
            self.readers += 1

    def release_read(self) -> None:
        with self.changed:
            if self.readers == 0:
                raise RuntimeError("release_read() without acquire_read()")
            self.readers -= 1
            self.changed.notify_all()

    def acquire_write(self) -> None:
        with self.changed:
            while self.writing or self.readers:
                self.changed.wait()
            self.writing = True

    def release_write(self) -> None:
        with self.changed:
            if not self.writing:
                raise RuntimeError("release_write() without acquire_write()")
            self.writing = False
            self.changed.notify_all()
