# verdict: RE
import sys


def solve(n: int) -> int:
    sys.exit(0)
