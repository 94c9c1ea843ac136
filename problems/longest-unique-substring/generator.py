"""Inputs for the complexity ladder: text over a growing alphabet, so the
longest unique run grows with n and a restart-per-start solution is quadratic."""

import random


def make_input(n: int, rng: random.Random) -> tuple[str]:
    alphabet = [chr(0x4E00 + i) for i in range(max(2, int(n**0.5)))]
    return ("".join(rng.choice(alphabet) for _ in range(n)),)
