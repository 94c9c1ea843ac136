class MinStack:
    # Each entry keeps its value and the minimum of the stack from the bottom
    # up to it: popping an entry leaves the entry below it with the right
    # minimum for what is left.
    def __init__(self):
        self.entries: list[tuple[int, int]] = []

    def push(self, val: int) -> None:
        smallest = min(val, self.entries[-1][1]) if self.entries else val
        self.entries.append((val, smallest))

    def pop(self) -> None:
        self.entries.pop()

    def top(self) -> int:
        return self.entries[-1][0]

    def get_min(self) -> int:
        return self.entries[-1][1]
