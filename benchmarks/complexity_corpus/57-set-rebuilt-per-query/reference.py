def count_present(nums: list[int], queries: list[int]) -> int:
    values = set(map(abs, nums))
    found = 0
    for q in queries:
        if q in values:
            found += 1
    return found
