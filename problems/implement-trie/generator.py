"""Inputs for the complexity ladder: n calls on 12-letter words sharing a long
prefix, inserts first, then searches and prefix queries that mostly miss late,
so a solution that compares against every stored word pays for all of them."""

import random
import string

Ops = list[tuple[str, list[str]]]


def make_input(n: int, rng: random.Random) -> tuple[list[object], Ops]:
    def word() -> str:
        return "commonpre" + "".join(rng.choices(string.ascii_lowercase, k=3))

    inserts = n // 2
    ops: Ops = [("insert", [word()]) for _ in range(inserts)]
    ops += [(rng.choice(("search", "starts_with")), [word()]) for _ in range(n - inserts)]
    return [], ops
