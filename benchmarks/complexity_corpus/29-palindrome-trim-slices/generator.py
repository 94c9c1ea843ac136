import random
import string


def make_input(n: int, rng: random.Random) -> tuple[str]:
    # A palindrome, so both sides check every pair.
    half = "".join(rng.choices(string.ascii_lowercase, k=n // 2))
    middle = rng.choice(string.ascii_lowercase) if n % 2 else ""
    return (half + middle + half[::-1],)
