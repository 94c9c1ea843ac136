# verdict: TLE
while True:
    pass


def solve(n: int) -> int:
    return n + 1
