def f(nums):
    # Builtin types built from what the line's event can size: the count
    # weighs each by that size (on 3.11, where no call event shows them).
    positions = list(range(len(nums)))
    where = dict(zip(nums, positions, strict=True))
    tail = set(nums[1:])
    magnitudes = frozenset(map(abs, nums))
    for x in tuple(nums):  # a `for` header's first run: weighed once
        tail.discard(x)
    return len(where) + len(tail) + len(magnitudes)
