def matmul(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    # i-k-j order with the rows hoisted: the same n^3 multiply-adds.
    n, inner, m = len(a), len(b), len(b[0])
    result = [[0] * m for _ in range(n)]
    for i in range(n):
        row = result[i]
        a_row = a[i]
        for k in range(inner):
            a_ik = a_row[k]
            b_row = b[k]
            for j in range(m):
                row[j] += a_ik * b_row[j]
    return result
