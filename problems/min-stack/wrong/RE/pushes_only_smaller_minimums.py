# fails: test_repeated_minimum, test_matches_reference
# Keeps a second stack of minimums but pushes a value on it only when it is
# strictly SMALLER than the current minimum: popping one copy of a repeated
# minimum drops it from the minimums though another copy is still there, and
# a later pop or get_min finds the minimums empty (IndexError).
class MinStack:
    def __init__(self):
        self.values = []
        self.minimums = []

    def push(self, val: int) -> None:
        self.values.append(val)
        if not self.minimums or val < self.minimums[-1]:
            self.minimums.append(val)

    def pop(self) -> None:
        if self.values.pop() == self.minimums[-1]:
            self.minimums.pop()

    def top(self) -> int:
        return self.values[-1]

    def get_min(self) -> int:
        return self.minimums[-1]
