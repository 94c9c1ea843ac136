import random
import string

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import expect


def is_valid_order(words, order):
    """order holds each letter of words once, and words are sorted under it."""
    letters = {c for word in words for c in word}
    if len(order) != len(letters) or set(order) != letters:
        return False
    rank = {c: i for i, c in enumerate(order)}
    # Lists of ranks compare exactly like alien words, prefix rule included.
    keys = [[rank[c] for c in word] for word in words]
    return all(a <= b for a, b in zip(keys, keys[1:]))


def check(solution, reference, words):
    answer = solution.alien_order(words)
    best = reference.alien_order(words)
    if not best:
        assert answer == "", "no letter order fits these words"
        return
    expect(best)  # any valid order is right; the reference's is shown as an example
    assert isinstance(answer, str), "expected a string"
    assert is_valid_order(words, answer), f"{answer!r} is not a valid order"


def test_examples(solution, reference):
    for words in (["wrt", "wrf", "er", "ett", "rftt"], ["z", "x"], ["z", "x", "z"]):
        check(solution, reference, words)


def test_single_word(solution, reference):
    for words in (["z"], ["abc"], ["banana"]):
        check(solution, reference, words)


def test_repeated_words(solution, reference):
    for words in (["a", "a", "b", "b"], ["abc", "abc"], ["x", "x", "y", "x"]):
        check(solution, reference, words)


def test_letters_without_constraints(solution, reference):
    # Only some letters are ordered by a pair of neighbours; the others still belong in the answer.
    for words in (["ab", "adc"], ["wrt", "wrf"], ["q", "qrs", "qrt"]):
        check(solution, reference, words)


def test_prefix_rule(solution, reference):
    for words in (["abc", "ab"], ["ab", "abc"], ["x", "abcd", "ab"], ["aa", "a"]):
        check(solution, reference, words)


def test_contradiction(solution, reference):
    # a < b and b < a; then a three-letter cycle x < y < z < x.
    for words in (["a", "b", "a"], ["x", "y", "z", "x"], ["ca", "cb", "ba", "bc", "ac"]):
        check(solution, reference, words)


def test_large_input(solution, reference):
    # 10,000 words sorted under a shuffled alphabet.
    rng = random.Random(26)
    alphabet = list(string.ascii_lowercase)
    rng.shuffle(alphabet)
    rank = {c: i for i, c in enumerate(alphabet)}
    words = ["".join(rng.choices(alphabet, k=rng.randint(1, 10))) for _ in range(10_000)]
    words.sort(key=lambda word: [rank[c] for c in word])
    check(solution, reference, words)


@st.composite
def sorted_words(draw):
    """Words sorted under a random letter order, so at least one order fits."""
    order = draw(st.permutations("abcde"))
    words = draw(st.lists(st.text("abcde", min_size=1, max_size=4), min_size=1, max_size=10))
    rank = {c: i for i, c in enumerate(order)}
    return sorted(words, key=lambda word: [rank[c] for c in word])


@given(sorted_words())
def test_sorted_lists(solution, reference, words):
    check(solution, reference, words)


# Few letters and short words: contradictions and prefix clashes are common.
@given(st.lists(st.text("abc", min_size=1, max_size=3), min_size=1, max_size=8))
def test_arbitrary_lists(solution, reference, words):
    check(solution, reference, words)
