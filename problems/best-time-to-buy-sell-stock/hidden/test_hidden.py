import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for prices, expected in cases:
        actual = solution.max_profit(prices)
        assert actual == expected


def test_examples(solution):
    check(solution, [([7, 1, 5, 3, 6, 4], 5), ([7, 6, 4, 3, 1], 0), ([2, 4, 1], 2)])


def test_empty_and_single(solution):
    check(solution, [([], 0), ([5], 0), ([0], 0)])


def test_falling_prices(solution):
    check(solution, [([2, 1], 0), ([9, 7, 7, 3, 0], 0), ([100, 1], 0)])


def test_lowest_price_comes_late(solution):
    # The overall lowest and highest prices are in the wrong order to trade.
    check(solution, [([5, 9, 2, 4], 4), ([3, 8, 1, 2, 7], 6), ([10, 1, 11, 0], 10), ([4, 5, 0], 1)])


def test_flat_prices(solution):
    check(solution, [([3, 3, 3], 0), ([1, 1, 2, 2], 1), ([0, 0], 0)])


def test_large_values(solution):
    big = 10**9
    check(solution, [([0, big], big), ([big, 0, big], big), ([big, big - 1, 1, big - 2], big - 3)])


def test_large_input(solution, reference):
    n = 100_000
    rng = random.Random(47)
    noisy = [rng.randrange(0, 10**9) for _ in range(n)]
    check(solution, [
        (list(range(n, 0, -1)), 0),
        (list(range(n)), n - 1),
        ([*range(n // 2, 0, -1), *range(n // 2)], n // 2 - 1),  # down to 1, then from 0 up to n / 2 - 1
        (noisy, reference.max_profit(noisy)),
    ])  # fmt: skip


@given(st.lists(st.integers(0, 20), max_size=12))
def test_matches_reference(solution, reference, prices):
    expected = reference.max_profit(prices)
    actual = solution.max_profit(prices)
    assert actual == expected
