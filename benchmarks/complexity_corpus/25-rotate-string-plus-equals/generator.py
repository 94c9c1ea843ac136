import random
import string


def make_input(n: int, rng: random.Random) -> tuple[str, int]:
    return ("".join(rng.choices(string.ascii_lowercase, k=n)), rng.randrange(1, 26))
