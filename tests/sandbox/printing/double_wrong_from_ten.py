# Says what it doubles; wrong from 10 on, so the smallest failing input is 10.
def double(n):
    print(f"doubling {n}")
    return 2 * n if n < 10 else 2 * n + 1
