def power_mod(base: int, exponent: int, modulus: int) -> int:
    # Square and multiply: O(log n) for exponent n.
    result = 1
    base %= modulus
    while exponent:
        if exponent & 1:
            result = result * base % modulus
        base = base * base % modulus
        exponent >>= 1
    return result
