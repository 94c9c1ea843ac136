def power_mod(base: int, exponent: int, modulus: int) -> int:
    # One multiplication per unit of the exponent: O(n) for exponent n.
    result = 1
    for _ in range(exponent):
        result = result * base % modulus
    return result
