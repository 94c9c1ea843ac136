import random


def make_input(n: int, rng: random.Random) -> tuple[str]:
    # n distinct CJK characters: the answer is n, so a restart from each
    # position runs to the end of the string.
    return ("".join(map(chr, rng.sample(range(0x4E00, 0x4E00 + 20000), n))),)
