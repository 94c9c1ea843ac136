def index_of(nums: list[int]) -> int:
    where = dict(zip(nums, range(len(nums))))
    return len(where)
