# verdict: WA
# local: escapes - a process that leaves the runner's session outlives the local sandbox
import os
import time


def solve(n: int) -> int:
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(3600)  # a detached grandchild, left running
        os._exit(0)
    return n  # wrong answer, so the case ends normally and cleanup must still find it
