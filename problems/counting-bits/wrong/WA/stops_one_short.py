# fails: test_examples, test_zero, test_one, test_matches_reference
# range(n) instead of range(n + 1): the count for n itself is missing.
def count_bits(n: int) -> list[int]:
    bits = [0] * n
    for i in range(1, n):
        bits[i] = bits[i >> 1] + (i & 1)
    return bits
