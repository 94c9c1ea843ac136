# verdict: TLE
def solve(n: int) -> int:
    while True:
        n += 1
