# verdict: CE
# A Latin-1 byte: é
def solve(n):
    return n + 1
