import random
import string

from hypothesis import given
from hypothesis import strategies as st


def check(solution, products, search_word, expected):
    actual = solution.suggested_products(products, search_word)
    assert actual == expected


def test_examples(solution):
    socks = ["soap", "sock", "socks"]
    check(solution, ["sofa", "soap", "socks", "solar", "sock"], "socks", [socks, socks, socks[1:], socks[1:], ["socks"]])
    check(solution, ["lamp"], "desk", [[]] * 4)
    tea = ["tea", "team", "teapot"]
    check(solution, ["teapot", "tent", "tea", "toast", "team"], "teap", [tea, tea, tea, ["teapot"]])


def test_single_product(solution):
    check(solution, ["x"], "x", [["x"]])
    check(solution, ["abc"], "abcd", [["abc"], ["abc"], ["abc"], []])


def test_no_match(solution):
    # Once nothing matches, nothing longer can match either.
    check(solution, ["apple", "apricot"], "b", [[]])
    check(solution, ["apple", "apricot"], "axe", [["apple", "apricot"], [], []])
    check(solution, ["zz"], "a", [[]])


def test_fewer_than_three(solution):
    # The products right after the prefix in sorted order do not all start with it.
    check(solution, ["car", "cat", "dog", "dot"], "ca", [["car", "cat"], ["car", "cat"]])
    check(solution, ["a", "b", "c", "d"], "b", [["b"]])


def test_smallest_three(solution):
    products = ["pen", "pencil", "pea", "peach", "pear", "peanut", "pet"]
    check(solution, products, "pea", [["pea", "peach", "peanut"], ["pea", "peach", "peanut"], ["pea", "peach", "peanut"]])
    check(solution, products, "pen", [["pea", "peach", "peanut"], ["pea", "peach", "peanut"], ["pen", "pencil"]])


def test_product_equals_prefix(solution):
    check(solution, ["go", "gone", "good"], "go", [["go", "gone", "good"], ["go", "gone", "good"]])
    check(solution, ["a", "aa", "aaa", "aaaa"], "aaa", [["a", "aa", "aaa"], ["aa", "aaa", "aaaa"], ["aaa", "aaaa"]])


def test_lexicographic_order(solution):
    # String order, not length: "abz" comes before "ac", "ab" before "aba".
    check(solution, ["ac", "abz", "aba", "ab", "b"], "a", [["ab", "aba", "abz"]])
    check(solution, ["zebra", "z", "zz", "za"], "z", [["z", "za", "zebra"]])


def test_input_unchanged(solution):
    products = ["sofa", "sock", "soap"]
    check(solution, products, "so", [["soap", "sock", "sofa"], ["soap", "sock", "sofa"]])
    assert products == ["sofa", "sock", "soap"], "the products list was changed"


def test_large_input(solution, reference):
    # About 52,000 products (330,000 letters) and a 4,000-letter search word whose
    # first letters match many of them.
    rng = random.Random(2024)
    products = list({"".join(rng.choices(string.ascii_lowercase[:8], k=rng.randint(1, 8))) for _ in range(100_000)})
    search_word = "abcd" * 1_000
    check(solution, products, search_word, reference.suggested_products(products, search_word))


@given(st.lists(st.text("abc", min_size=1, max_size=4), max_size=8, unique=True).filter(bool), st.text("abc", min_size=1, max_size=4))
def test_matches_reference(solution, reference, products, search_word):
    expected = reference.suggested_products(products, search_word)
    actual = solution.suggested_products(products, search_word)
    assert actual == expected
