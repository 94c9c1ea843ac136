def missing_number(nums: list[int]) -> int:
    # Xor every index 0..n-1, n itself and every value: each number present
    # meets its own index and cancels, leaving only the missing one.
    missing = len(nums)
    for i, value in enumerate(nums):
        missing ^= i ^ value
    return missing
