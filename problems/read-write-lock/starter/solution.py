class ReadWriteLock:
    def __init__(self) -> None:
        pass

    def acquire_read(self) -> None:
        """Wait while a writer holds the lock or waits for it; then hold it as a reader."""
        pass

    def release_read(self) -> None:
        """Stop holding the lock as a reader (RuntimeError if no reader holds it)."""
        pass

    def acquire_write(self) -> None:
        """Wait until nobody holds the lock; then hold it alone."""
        pass

    def release_write(self) -> None:
        """Stop holding the lock as the writer (RuntimeError if no writer holds it)."""
        pass
