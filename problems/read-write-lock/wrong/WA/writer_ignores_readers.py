# fails: test_writer_waits_for_readers, test_waiting_writer_goes_first, test_large_input
# acquire_write() waits only for another writer, forgetting the readers: a writer enters while readers still hold the lock.
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
            while self.writing:
                self.changed.wait()
            self.writing = True

    def release_write(self) -> None:
        with self.changed:
            if not self.writing:
                raise RuntimeError("release_write() without acquire_write()")
            self.writing = False
            self.changed.notify_all()
