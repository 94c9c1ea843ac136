# fails: test_single_value, test_positive_values_only, test_emptied_and_reused, test_matches_reference
# Starts the running minimum at 0 instead of at the first value pushed, so a
# stack of positive values reports 0 as its minimum.
class MinStack:
    def __init__(self):
        self.entries = []

    def push(self, val: int) -> None:
        smallest = self.entries[-1][1] if self.entries else 0
        self.entries.append((val, min(val, smallest)))

    def pop(self) -> None:
        self.entries.pop()

    def top(self) -> int:
        return self.entries[-1][0]

    def get_min(self) -> int:
        return self.entries[-1][1]
