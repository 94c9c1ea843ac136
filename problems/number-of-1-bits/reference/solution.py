def hamming_weight(n: int) -> int:
    # n & (n - 1) clears the lowest 1 bit: one step per 1 bit, not per bit.
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
