# verdict: RE
# local: escapes - root ignores RLIMIT_NPROC; the local sandbox has no pids limit
import os


def solve(n: int) -> int:
    while True:
        os.fork()
