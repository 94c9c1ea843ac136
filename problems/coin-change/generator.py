"""Inputs for the complexity ladder: amount n with coins 1 and 2, which make
every amount in Fibonacci-many ways."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    return [1, 2], n
