def triangular(n: int) -> int:
    # 1 + 2 + ... + n, one addition at a time: O(n).
    total = 0
    for i in range(1, n + 1):
        total += i
    return total
