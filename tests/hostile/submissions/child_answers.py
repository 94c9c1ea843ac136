# verdict: AC
# A child the submission forks comes back with its own answer; only the runner's may count.
import os


def solve(n: int) -> int:
    if os.fork() == 0:
        return -1
    return n + 1
