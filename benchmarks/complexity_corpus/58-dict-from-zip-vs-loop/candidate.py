def index_of(nums: list[int]) -> int:
    where = dict(zip(nums, range(len(nums)), strict=True))
    return len(where)
