# complexity: worse
# Correct, but get_min scans the whole stack: O(n) per call against the O(1)
# the statement asks for. Not in wrong/TLE: no call the hidden tests can make
# through the sandbox (about 10**4 calls) comes near the 1 s per-call limit,
# so only the complexity ladder tells it apart.
class MinStack:
    def __init__(self):
        self.values = []

    def push(self, val: int) -> None:
        self.values.append(val)

    def pop(self) -> None:
        self.values.pop()

    def top(self) -> int:
        return self.values[-1]

    def get_min(self) -> int:
        smallest = self.values[0]
        for value in self.values:
            if value < smallest:
                smallest = value
        return smallest
