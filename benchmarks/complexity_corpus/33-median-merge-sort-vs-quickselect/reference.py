def median_low(nums: list[int]) -> int:
    # Quickselect with the middle element as pivot: expected O(n) on random
    # input (about 3.4n comparisons), O(n^2) only on adversarial orders.
    k = (len(nums) - 1) // 2
    items = nums
    while True:
        pivot = items[len(items) // 2]
        lows = [x for x in items if x < pivot]
        if k < len(lows):
            items = lows
            continue
        highs = [x for x in items if x > pivot]
        n_equal = len(items) - len(lows) - len(highs)
        if k < len(lows) + n_equal:
            return pivot
        k -= len(lows) + n_equal
        items = highs
