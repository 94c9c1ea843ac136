# verdict: RE
# local: escapes - the working directory is on the host's disk
def solve(n: int) -> int:
    for i in range(10**6):
        with open(f"fill-{i}", "wb") as f:
            f.write(b"x" * 2**20)
    return n + 1
