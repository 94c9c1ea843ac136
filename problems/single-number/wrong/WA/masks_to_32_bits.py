# fails: test_examples, test_negative_numbers, test_large_values, test_matches_reference
# Ported from C: xors everything, then masks to 32 bits, so negative and large values come back wrong.
def single_number(nums: list[int]) -> int:
    result = 0
    for value in nums:
        result ^= value
    return result & 0xFFFFFFFF
