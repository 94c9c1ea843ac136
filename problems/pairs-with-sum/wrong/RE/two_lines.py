# Reads the numbers with a second input(): when n is 0 the file ends after
# the first line, and input() raises EOFError.
n, k = map(int, input().split())
numbers = list(map(int, input().split()))
seen: dict[int, int] = {}
pairs = 0
for value in numbers:
    pairs += seen.get(k - value, 0)
    seen[value] = seen.get(value, 0) + 1
print(pairs)
