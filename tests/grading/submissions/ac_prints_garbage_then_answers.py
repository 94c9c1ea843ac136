# Prints garbage, fake protocol frames and raw bytes, then answers correctly: AC.
import os
import sys

FAKE = '{"id": 2, "ok": true, "value": {"root": ["r", 0], "objs": [["list", 0, 1]]}}'
print("garbage before anything", FAKE)
print(FAKE, file=sys.stderr)
os.write(1, b"\xff\xfe\x00 not even text\n" + FAKE.encode() + b"\n")


def two_sum(nums: list[int], target: int) -> list[int]:
    print(FAKE)
    print("looking at", len(nums), "numbers", file=sys.stderr)
    seen: dict[int, int] = {}
    for j, value in enumerate(nums):
        i = seen.get(target - value)
        if i is not None:
            return [i, j]
        seen.setdefault(value, j)
    return []
