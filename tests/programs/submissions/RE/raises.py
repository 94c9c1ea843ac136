a, b = map(int, input().split())
if a > 30:
    raise ValueError("too large")
print(a + b)
