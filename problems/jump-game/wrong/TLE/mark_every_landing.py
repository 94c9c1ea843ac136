# fails: test_large_input
# Correct, but marks every index each reachable jump lands on: O(n^2) when jumps are long.
def can_jump(nums: list[int]) -> bool:
    n = len(nums)
    reachable = [False] * n
    reachable[0] = True
    for i in range(n):
        if reachable[i]:
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                reachable[j] = True
    return reachable[-1]
