from solution import alien_order


def is_valid_order(words, order):
    """order holds each letter of words once, and words are sorted under it."""
    letters = {c for word in words for c in word}
    if len(order) != len(letters) or set(order) != letters:
        return False
    rank = {c: i for i, c in enumerate(order)}
    keys = [[rank[c] for c in word] for word in words]
    return all(a <= b for a, b in zip(keys, keys[1:]))


def test_example():
    assert alien_order(["wrt", "wrf", "er", "ett", "rftt"]) == "wertf"


def test_two_letters():
    assert alien_order(["z", "x"]) == "zx"


def test_contradiction():
    assert alien_order(["z", "x", "z"]) == ""


def test_prefix_comes_first():
    assert alien_order(["abc", "ab"]) == ""


def test_any_valid_order():
    words = ["ab", "adc"]  # only b < d is known; a and c may go anywhere
    assert is_valid_order(words, alien_order(words))
