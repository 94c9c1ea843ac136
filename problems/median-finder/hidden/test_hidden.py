import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, stream, medians):
    """Add the stream one number at a time; after each, the median must be medians[i]."""
    finder = solution.MedianFinder()
    for num, expected in zip(stream, medians, strict=True):
        finder.add_num(num)
        assert finder.find_median() == expected


def replay(solution, reference, stream):
    """The same stream into the submission and the reference; every median must agree."""
    finder = solution.MedianFinder()
    model = reference.MedianFinder()
    for num in stream:
        finder.add_num(num)
        model.add_num(num)
        assert finder.find_median() == model.find_median()


def test_examples(solution):
    check(solution, [5, 2, 8, -4], [5.0, 3.5, 5.0, 3.5])
    check(solution, [6, 10, 2, 6], [6.0, 8.0, 6.0, 6.0])


def test_single_number(solution):
    for num in (0, 42, -7):
        check(solution, [num], [float(num)])


def test_even_count(solution):
    # The mean of the two middles is often not a whole number.
    check(solution, [1, 2], [1.0, 1.5])
    check(solution, [3, 8, 4, 1], [3.0, 5.5, 4.0, 3.5])
    check(solution, [0, 1, 0, 1], [0.0, 0.5, 0.0, 0.5])


def test_sorted_streams(solution):
    # Every new number lands on the same side: the halves must be rebalanced.
    check(solution, [1, 2, 3, 4, 5, 6], [1.0, 1.5, 2.0, 2.5, 3.0, 3.5])
    check(solution, [6, 5, 4, 3, 2, 1], [6.0, 5.5, 5.0, 4.5, 4.0, 3.5])
    check(solution, [1, 10, 2, 9, 3, 8], [1.0, 5.5, 2.0, 5.5, 3.0, 5.5])


def test_duplicates(solution):
    check(solution, [2, 2, 2, 2], [2.0, 2.0, 2.0, 2.0])
    check(solution, [1, 3, 3, 1, 3], [1.0, 2.0, 3.0, 2.0, 3.0])


def test_negative_numbers(solution):
    # Floor division would give -2 for the mean of -3 and -2: it is -2.5.
    check(solution, [-3, -2], [-3.0, -2.5])
    check(solution, [-1, -5, -3, -9], [-1.0, -3.0, -3.0, -4.0])
    check(solution, [-1, 1, -2, 2], [-1.0, 0.0, -1.0, 0.0])


def test_large_values(solution):
    big = 10**9
    check(solution, [big, big, -big, -big], [float(big), float(big), float(big), 0.0])
    check(solution, [big, big - 1], [float(big), big - 0.5])


def test_large_input(solution, reference):
    # 5,000 numbers with a median after each: 10,000 calls, each a sandbox round trip.
    rng = random.Random(2024)
    replay(solution, reference, [rng.randrange(-(10**9), 10**9) for _ in range(5_000)])


@given(st.lists(st.integers(-10, 10), min_size=1, max_size=20))
def test_matches_reference(solution, reference, stream):
    replay(solution, reference, stream)
