def hamming_weight(n: int) -> int:
    """The number of 1 bits in the binary representation of n."""
    return -1
