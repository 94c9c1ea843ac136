def permute(nums: list[int]) -> list[list[int]]:
    # Backtracking: fill the positions left to right, each with a value not
    # used yet; a full arrangement is copied out, since `arrangement` keeps
    # changing after.
    found: list[list[int]] = []
    arrangement: list[int] = []
    used = [False] * len(nums)

    def extend() -> None:
        if len(arrangement) == len(nums):
            found.append(arrangement.copy())
            return
        for i, value in enumerate(nums):
            if not used[i]:
                used[i] = True
                arrangement.append(value)
                extend()
                arrangement.pop()
                used[i] = False

    extend()
    return found
