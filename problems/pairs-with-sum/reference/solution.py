import sys
from collections import Counter


def main() -> None:
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    seen: Counter[int] = Counter()
    pairs = 0
    for token in data[2 : 2 + n]:
        value = int(token)
        pairs += seen[k - value]  # every earlier partner makes a pair with this one
        seen[value] += 1
    print(pairs)


main()
