"""Inputs for the complexity ladder: a palindrome of n characters with case
flipped and punctuation between the letters, so every character is looked at."""

import random
import string


def make_input(n: int, rng: random.Random) -> tuple[str]:
    half = rng.choices(string.ascii_letters + string.digits + " ,.", k=n // 2)
    return ("".join(half) + "".join(half[::-1]).swapcase(),)
