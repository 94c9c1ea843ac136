# verdict: CE
# generate: 50 MiB - the test pads this file to 50 MiB of comments before judging it
def solve(n: int) -> int:
    return n + 1
