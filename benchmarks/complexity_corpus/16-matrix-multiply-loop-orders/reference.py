def matmul(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    # Textbook i-j-k order: n^3 multiply-adds, two index lookups each.
    n, inner, m = len(a), len(b), len(b[0])
    result = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            total = 0
            for k in range(inner):
                total += a[i][k] * b[k][j]
            result[i][j] = total
    return result
