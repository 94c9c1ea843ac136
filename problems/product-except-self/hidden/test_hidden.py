import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for nums, expected in cases:
        actual = solution.product_except_self(nums)
        assert actual == expected


def test_examples(solution):
    check(solution, [([1, 2, 3, 4], [24, 12, 8, 6]), ([-1, 1, 0, -3, 3], [0, 0, 9, 0, 0]), ([5], [1])])


def test_empty_and_single(solution):
    check(solution, [([], []), ([0], [1]), ([-30], [1])])


def test_two_elements(solution):
    check(solution, [([3, 4], [4, 3]), ([0, 7], [7, 0]), ([-2, -5], [-5, -2])])


def test_one_zero(solution):
    check(solution, [([2, 0, 3], [0, 6, 0]), ([0, 1, 2, 3], [6, 0, 0, 0]), ([4, 5, 0], [0, 0, 20])])


def test_several_zeros(solution):
    check(solution, [([0, 0], [0, 0]), ([1, 0, 2, 0], [0, 0, 0, 0]), ([0, 0, 0, 5], [0, 0, 0, 0])])


def test_negative_numbers(solution):
    check(solution, [([-1, -2, -3], [6, 3, 2]), ([-1, -1, -1, -1], [-1, -1, -1, -1]), ([2, -3, 4], [-12, 8, -6])])


def test_large_products(solution):
    # Products near the 64-bit limit: exact integers, no floating point.
    twos = [2] * 62
    check(solution, [
        (twos, [2**61] * 62),
        ([-2] + [2] * 61, [2**61] + [-(2**61)] * 61),
        ([30] * 12 + [7], [30**11 * 7] * 12 + [30**12]),
    ])  # fmt: skip


def test_large_input(solution, reference):
    n = 100_000
    rng = random.Random(19)
    signs = [rng.choice((-1, 1)) for _ in range(n)]
    with_twos = list(signs)
    for i in rng.sample(range(n), 40):
        with_twos[i] *= 2
    with_zero = list(signs)
    with_zero[n // 3] = 0
    check(solution, [
        ([1] * n, [1] * n),
        (with_twos, reference.product_except_self(with_twos)),
        (with_zero, reference.product_except_self(with_zero)),
    ])  # fmt: skip


@given(st.lists(st.integers(-5, 5), max_size=12))
def test_matches_reference(solution, reference, nums):
    expected = reference.product_except_self(nums)
    actual = solution.product_except_self(nums)
    assert actual == expected
