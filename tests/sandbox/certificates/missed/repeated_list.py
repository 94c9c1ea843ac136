# missed: `*` on
def f(nums):
    grid = [[0] * len(nums) for _ in range(2)]
    return len(grid)
