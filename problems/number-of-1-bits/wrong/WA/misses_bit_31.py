# fails: test_examples, test_top_bit, test_all_ones, test_matches_reference
# Tests bits 0 to 30 only: range(31) is one short of 32 bits.
def hamming_weight(n: int) -> int:
    return sum((n >> bit) & 1 for bit in range(31))
