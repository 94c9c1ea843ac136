"""Operations for the complexity ladder: n/2 pushes, then get_min, top, pop
and push in turn, so the stack holds about n/2 values while it is asked for
its minimum (the worst case for a solution that scans the stack)."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], list[tuple[str, list[int]]]]:
    ops: list[tuple[str, list[int]]] = [("push", [rng.randrange(-(10**9), 10**9)]) for _ in range(n // 2)]
    cycle = ["get_min", "top", "pop", "push"]
    while len(ops) < n:
        name = cycle[len(ops) % 4]
        ops.append((name, [rng.randrange(-(10**9), 10**9)] if name == "push" else []))
    return [], ops
