# missed: a slice of a Row
class Row(list):
    """A list of its own type: the count weighs slices of the builtin types only."""


ROW = Row(range(300))


def f(nums):
    row = ROW
    return len(row[1:]) + len(nums)
