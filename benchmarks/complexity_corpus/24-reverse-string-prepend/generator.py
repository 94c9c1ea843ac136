import random
import string


def make_input(n: int, rng: random.Random) -> tuple[str]:
    return ("".join(rng.choices(string.ascii_lowercase, k=n)),)
