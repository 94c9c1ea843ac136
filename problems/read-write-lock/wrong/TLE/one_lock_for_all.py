# fails: test_examples, test_readers_share
# One plain mutex for readers and writers alike: readers never share the lock, so a second reader waits for the first to
# leave (forever, if the first waits for it).
import threading


class ReadWriteLock:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.readers = 0
        self.writing = False

    def acquire_read(self) -> None:
        self.lock.acquire()
        self.readers += 1

    def release_read(self) -> None:
        if self.readers == 0:
            raise RuntimeError("release_read() without acquire_read()")
        self.readers -= 1
        self.lock.release()

    def acquire_write(self) -> None:
        self.lock.acquire()
        self.writing = True

    def release_write(self) -> None:
        if not self.writing:
            raise RuntimeError("release_write() without acquire_write()")
        self.writing = False
        self.lock.release()
