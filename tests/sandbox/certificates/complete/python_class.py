class Counter:
    def __init__(self) -> None:
        self.total = 0

    def add(self, x: int) -> None:
        self.total += x


def f(nums):
    # A class of the submission's own: its lines are counted.
    def helper(items: list[int]) -> int:
        return len(items)

    counter = Counter()
    for x in nums:
        counter.add(x)
    size = helper(nums)
    return counter.total, size
