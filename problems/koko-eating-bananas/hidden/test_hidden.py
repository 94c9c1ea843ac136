import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for piles, h, expected in cases:
        actual = solution.min_eating_speed(piles, h)
        assert actual == expected


def test_examples(solution):
    check(solution, [([3, 6, 7, 11], 8, 4), ([30, 11, 23, 4, 20], 5, 30), ([30, 11, 23, 4, 20], 6, 23)])


def test_single_pile(solution):
    check(solution, [([1], 1, 1), ([10], 3, 4), ([10], 10, 1), ([10], 5, 2), ([7], 1, 7)])


def test_one_hour_per_pile(solution):
    check(solution, [([5, 5, 5], 3, 5), ([1, 2, 3, 100], 4, 100), ([8, 1], 2, 8)])


def test_plenty_of_time(solution):
    check(solution, [([3, 6, 7, 11], 1000, 1), ([1, 1, 1], 3, 1), ([5, 9], 14, 1), ([5, 9], 13, 2)])


def test_rounding_up(solution):
    # A pile of 10 at speed 3 takes 4 hours, not 3.
    check(solution, [([10, 10], 7, 4), ([10, 10], 8, 3), ([9, 9], 6, 3), ([9, 9], 5, 5), ([2, 2, 2], 4, 2)])


def test_large_values(solution):
    big = 10**9
    check(solution, [
        ([big], 1, big),
        ([big], 2, big // 2),
        ([big], big, 1),
        ([big, big], 3, big),  # one pile must go in a single hour
        ([big, big], 4, big // 2),
        ([big] * 3, big, 4),  # speed 3 needs 3 * 333,333,334 hours
    ])  # fmt: skip


def test_large_input(solution, reference):
    n = 10_000
    rng = random.Random(37)
    piles = [rng.randrange(1, 10**9) for _ in range(n)]
    check(solution, [
        (piles, n, max(piles)),
        (piles, 10**9, reference.min_eating_speed(piles, 10**9)),
        (piles, 3 * n, reference.min_eating_speed(piles, 3 * n)),
    ])  # fmt: skip


@st.composite
def piles_and_hours(draw):
    piles = draw(st.lists(st.integers(1, 20), min_size=1, max_size=8))
    return piles, draw(st.integers(len(piles), len(piles) + 30))


@given(piles_and_hours())
def test_matches_reference(solution, reference, case):
    piles, h = case
    expected = reference.min_eating_speed(piles, h)
    actual = solution.min_eating_speed(piles, h)
    assert actual == expected
