# Two Sum answering with an object of its own, which has a __repr__ but is no list.
class Pair:
    def __init__(self, i, j):
        self.i, self.j = i, j

    def __repr__(self):
        return f"Pair({self.i}, {self.j})"


def two_sum(nums, target):
    seen = {}
    for j, value in enumerate(nums):
        if target - value in seen:
            return Pair(seen[target - value], j)
        seen[value] = j
    return Pair(-1, -1)
