# verdict: MLE
def solve(n: int) -> int:
    hog = []
    while True:
        hog.append(bytearray(10**6))
