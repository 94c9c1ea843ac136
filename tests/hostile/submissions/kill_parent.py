# verdict: RE
# local: escapes - the local runner's parent is the judge itself
import os
import signal


def solve(n: int) -> int:
    os.kill(os.getppid(), signal.SIGKILL)
    return n + 1
