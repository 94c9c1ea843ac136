"""Inputs for the complexity ladder: n - 1 characters over 'abc' and a 'z'
at the very end that t also needs, so every window ends at the last
character and growing one from each start costs n^2 / 2."""

import random


def make_input(n: int, rng: random.Random) -> tuple[str, str]:
    return "".join(rng.choices("abc", k=n - 1)) + "z", "zab"
