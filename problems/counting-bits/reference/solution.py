def count_bits(n: int) -> list[int]:
    # i has the bits of i >> 1, shifted left, plus its own lowest bit: each
    # count comes from one already computed, so the whole table is O(n).
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i >> 1] + (i & 1)
    return bits
