def has_subset_sum(nums: list[int], k: int) -> bool:
    reachable: set[int] = set()  # sums of the non-empty subsets of nums[:i]
    for value in nums:
        # A subset of nums[:i+1] either skips `value`, adds it to an
        # earlier non-empty subset, or is just {value}.
        reachable |= {total + value for total in reachable}
        reachable.add(value)
    return k in reachable
