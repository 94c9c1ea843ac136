class Counter:
    def __init__(self) -> None:
        pass

    def increment(self) -> int:
        """Add 1; return the value just after this call's change."""
        return 0

    def add(self, n: int) -> int:
        """Add n (which may be negative); return the value just after this call's change."""
        return 0

    def value(self) -> int:
        """The current value."""
        return 0
