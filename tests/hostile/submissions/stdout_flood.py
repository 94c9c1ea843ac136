# verdict: OLE
def solve(n: int) -> int:
    while True:
        print("flood " * 1000)
