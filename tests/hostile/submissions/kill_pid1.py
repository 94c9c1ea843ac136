# verdict: RE
# local: escapes - PID 1 of the host is not the sandbox's own init
import os
import signal


def solve(n: int) -> int:
    os.kill(1, signal.SIGKILL)
    raise RuntimeError("PID 1 survived, as it must")
