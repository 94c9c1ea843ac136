# fails: test_examples, test_powers_of_two, test_matches_reference
# bits[i] = 1 + bits[i - highest power of two <= i], but the power moves up with
# `<` instead of `<=`: at each power of two it is still the previous one.
def count_bits(n: int) -> list[int]:
    bits = [0] * (n + 1)
    power = 1
    for i in range(1, n + 1):
        if power * 2 < i:
            power *= 2
        bits[i] = bits[i - power] + 1
    return bits
