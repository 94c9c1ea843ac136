# verdict: RE
# local: escapes - the local sandbox writes to the host's disk; RLIMIT_FSIZE caps one file, not many
import os


def solve(n: int) -> int:
    for i in range(10**6):
        with open(f"/tmp/judge-hostile-fill-{os.getpid()}-{i}", "wb") as f:
            f.write(b"x" * 2**20)
    return n + 1
