import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, words, searches, prefixes):
    """Insert words; searches and prefixes map each query to its expected answer."""
    trie = solution.Trie()
    for word in words:
        trie.insert(word)
    for word, expected in searches.items():
        assert trie.search(word) == expected
    for prefix, expected in prefixes.items():
        assert trie.starts_with(prefix) == expected


def run(solution, reference, ops):
    """Replay ops on the submission and the reference in lockstep; every answer must agree."""
    trie = solution.Trie()
    model = reference.Trie()
    for op, text in ops:
        if op == "insert":
            trie.insert(text)
            model.insert(text)
        else:
            assert getattr(trie, op)(text) == getattr(model, op)(text)


def test_examples(solution):
    check(solution, ["cargo"], {"cargo": True, "car": False}, {"car": True, "cargos": False})
    check(solution, ["cargo", "car"], {"car": True, "cargo": True, "carg": False}, {"c": True, "d": False})


def test_empty_trie(solution):
    check(solution, [], {"a": False, "abc": False}, {"a": False, "z": False})


def test_prefix_is_not_a_word(solution):
    check(solution, ["hello"], {"h": False, "hell": False, "hello": True}, {"h": True, "hell": True})


def test_word_is_its_own_prefix(solution):
    check(solution, ["tree", "a"], {}, {"tree": True, "a": True, "t": True})


def test_longer_than_any_word(solution):
    check(solution, ["go", "got"], {"gone": False, "gott": False}, {"gotten": False, "gon": False, "got": True})


def test_duplicate_inserts(solution):
    check(solution, ["same", "same", "same"], {"same": True, "sam": False}, {"sam": True})


def test_nested_words(solution):
    # Every prefix of "abcd" is a word too, except "abc".
    words = ["abcd", "a", "ab"]
    check(solution, words, {"a": True, "ab": True, "abc": False, "abcd": True, "abcde": False}, {"abc": True, "abd": False})


def test_long_words(solution):
    # 2,000 letters: a trie built or walked by recursion runs out of stack.
    long = "ab" * 1_000
    check(
        solution,
        [long, "b" * 2_000],
        {long: True, long[:-1]: False, "b" * 2_000: True},
        {long[:1_999]: True, "b" * 1_500: True, "a" * 2: False},
    )


def test_large_input(solution, reference):
    # 10,000 calls over 3,000 words with shared prefixes: each call is one sandbox round trip.
    rng = random.Random(2024)
    vocabulary = ["".join(rng.choices("abcde", k=rng.randint(1, 12))) for _ in range(3_000)]
    ops = []
    for _ in range(10_000):
        word = rng.choice(vocabulary)
        op = rng.choice(("insert", "search", "starts_with"))
        ops.append((op, word[: rng.randint(1, len(word))] if op == "starts_with" else word))
    run(solution, reference, ops)


words = st.text("ab", min_size=1, max_size=4)


@given(st.lists(st.tuples(st.sampled_from(("insert", "search", "starts_with")), words), max_size=25))
def test_matches_reference(solution, reference, ops):
    run(solution, reference, ops)
