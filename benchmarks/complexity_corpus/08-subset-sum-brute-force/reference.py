def has_subset_sum(nums: list[int], k: int) -> bool:
    # The bank's reference: the set of reachable sums.  It is O(n * S) for S
    # distinct sums; the values here are 1..10, so S <= 10n and this is O(n^2).
    reachable: set[int] = set()
    for value in nums:
        reachable |= {total + value for total in reachable}
        reachable.add(value)
    return k in reachable
