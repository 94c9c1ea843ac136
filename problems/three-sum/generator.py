"""Inputs for the complexity ladder: n distinct values, half of them
negative, so the two pointers sweep about n / 2 times and every triple is a
candidate for an exhaustive search."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    return (rng.sample(range(-(10**6), 10**6), n),)
