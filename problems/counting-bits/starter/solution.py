def count_bits(n: int) -> list[int]:
    """[number of 1 bits of i for i in 0..n]."""
    return []
