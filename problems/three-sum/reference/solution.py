def three_sum(nums: list[int]) -> list[list[int]]:
    # Sort, fix the smallest member, and close in on the other two from both
    # ends.  Skipping a value equal to the one just used keeps each triplet once.
    nums = sorted(nums)
    n = len(nums)
    triplets: list[list[int]] = []
    for i in range(n - 2):
        first = nums[i]
        if first > 0:
            break  # three values >= a positive one cannot sum to 0
        if i > 0 and first == nums[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = first + nums[lo] + nums[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triplets.append([first, nums[lo], nums[hi]])
                lo += 1
                hi -= 1
                while lo < hi and nums[lo] == nums[lo - 1]:
                    lo += 1
    return triplets
