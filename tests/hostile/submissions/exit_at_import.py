# verdict: CE
import sys

sys.exit(0)


def solve(n: int) -> int:
    return n + 1
