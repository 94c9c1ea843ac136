def index_of(nums: list[int]) -> int:
    where = {}
    for i, x in enumerate(nums):
        where[x] = i
    return len(where)
