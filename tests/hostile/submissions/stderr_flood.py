# verdict: OLE
import os


def solve(n: int) -> int:
    while True:
        os.write(2, b"flood " * 1000)
