# verdict: RE
def solve(n: int) -> int:
    return solve(n + 1) - 1
