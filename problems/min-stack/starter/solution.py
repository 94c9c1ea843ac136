class MinStack:
    def __init__(self):
        pass

    def push(self, val: int) -> None:
        """Put val on top."""

    def pop(self) -> None:
        """Remove the value on top (the stack is not empty)."""

    def top(self) -> int:
        """The value on top (the stack is not empty)."""
        return 0

    def get_min(self) -> int:
        """The smallest value in the stack (the stack is not empty)."""
        return 0
