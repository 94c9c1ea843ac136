# fails: test_large_input
# Correct but O(n log n): shifts through every bit of every number in a Python loop.
def count_bits(n: int) -> list[int]:
    bits = []
    for i in range(n + 1):
        count = 0
        while i:
            count += i & 1
            i >>= 1
        bits.append(count)
    return bits
