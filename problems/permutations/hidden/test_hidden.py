from hypothesis import given
from hypothesis import strategies as st


def check(solution, reference, nums):
    expected = reference.permute(list(nums))
    actual = solution.permute(list(nums))
    # Any order is right: compare both sorted.
    assert isinstance(actual, list) and all(isinstance(p, list) for p in actual), "expected a list of lists"
    assert sorted(actual) == sorted(expected)


def test_examples(solution, reference):
    for nums in ([1, 2, 3], [0, 1], [1]):
        check(solution, reference, nums)


def test_empty_input(solution, reference):
    check(solution, reference, [])


def test_one_and_two_values(solution, reference):
    for nums in ([5], [-10], [2, 1], [10, -10]):
        check(solution, reference, nums)


def test_negative_values(solution, reference):
    for nums in ([-1, -2, -3], [0, -1, 1], [-10, 10, -5, 5]):
        check(solution, reference, nums)


def test_large_input(solution, reference):
    # 8 values: 40,320 permutations.
    check(solution, reference, [3, -1, 4, -10, 5, 9, -2, 6])
    check(solution, reference, [7, 6, 5, 4, 3, 2, 1])


@given(st.lists(st.integers(-5, 5), max_size=5, unique=True))
def test_matches_reference(solution, reference, nums):
    check(solution, reference, nums)
