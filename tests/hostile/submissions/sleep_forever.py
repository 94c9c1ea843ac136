# verdict: TLE
import time


def solve(n: int) -> int:
    time.sleep(10**6)
    return n + 1
