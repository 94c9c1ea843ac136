import threading


class ReadWriteLock:
    # One condition guards three facts: how many readers hold the lock,
    # whether a writer holds it, and how many writers wait for it (they go
    # before readers who come after them).
    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.readers = 0
        self.writing = False
        self.writers_waiting = 0

    def acquire_read(self) -> None:
        with self.changed:
            self.changed.wait_for(lambda: not self.writing and self.writers_waiting == 0)
            self.readers += 1

    def release_read(self) -> None:
        with self.changed:
            if self.readers == 0:
                raise RuntimeError("release_read() without acquire_read()")
            self.readers -= 1
            if self.readers == 0:
                self.changed.notify_all()

    def acquire_write(self) -> None:
        with self.changed:
            self.writers_waiting += 1
            try:
                self.changed.wait_for(lambda: not self.writing and self.readers == 0)
            finally:
                self.writers_waiting -= 1
            self.writing = True

    def release_write(self) -> None:
        with self.changed:
            if not self.writing:
                raise RuntimeError("release_write() without acquire_write()")
            self.writing = False
            # Readers and writers may both be waiting: wake all, each re-checks.
            self.changed.notify_all()
