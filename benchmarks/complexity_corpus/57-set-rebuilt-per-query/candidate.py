def count_present(nums: list[int], queries: list[int]) -> int:
    found = 0
    for q in queries:
        if q in set(map(abs, nums)):
            found += 1
    return found
