# fails: test_examples, test_powers_of_two, test_all_ones, test_alternating_bits, test_matches_reference
# Shifts n before looking at its lowest bit, so bit 0 is never counted.
def hamming_weight(n: int) -> int:
    count = 0
    while n:
        n >>= 1
        count += n & 1
    return count
