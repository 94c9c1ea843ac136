# verdict: RE
# local: escapes - the runner has the judge's own permissions on the host's files
def solve(n: int) -> int:
    with open("/etc/judge-hostile-was-here", "w") as f:
        f.write("escaped")
    return n + 1
