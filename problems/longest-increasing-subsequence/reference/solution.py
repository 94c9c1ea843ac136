from bisect import bisect_left


def length_of_lis(nums: list[int]) -> int:
    # tails[k] is the smallest value that ends an increasing subsequence of
    # length k + 1 seen so far; tails stays sorted, so each value finds its
    # place by binary search. bisect_left: an equal value replaces, never
    # extends (strictly increasing).
    tails: list[int] = []
    for value in nums:
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
        else:
            tails[k] = value
    return len(tails)
