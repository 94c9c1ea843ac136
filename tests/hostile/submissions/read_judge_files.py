# verdict: WA
# local: escapes - the local sandbox sees the host's files, hidden tests included
import os


def solve(n: int) -> int:
    # Returns a wrong answer if it finds nothing, which is what must happen;
    # a found hidden test would make it "succeed" at reading it (and the
    # test checks the search came up empty).
    for top, dirs, files in os.walk("/"):
        dirs[:] = [d for d in dirs if os.path.join(top, d) not in ("/proc", "/sys", "/dev")]
        if "test_hidden.py" in files or "problem.toml" in files:
            return n + 1
    return -1
