# fails: test_examples, test_pop_brings_back_the_old_minimum, test_matches_reference
# Keeps the minimum in one variable, lowered on push but never raised again
# on pop: after the minimum is popped, get_min still returns it.
class MinStack:
    def __init__(self):
        self.values = []
        self.minimum = None

    def push(self, val: int) -> None:
        self.values.append(val)
        if self.minimum is None or val < self.minimum:
            self.minimum = val

    def pop(self) -> None:
        self.values.pop()
        if not self.values:
            self.minimum = None

    def top(self) -> int:
        return self.values[-1]

    def get_min(self) -> int:
        return self.minimum
