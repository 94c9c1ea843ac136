from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for candidates, target, expected in cases:
        actual = solution.combination_sum(candidates, target)
        assert actual == expected


def test_examples(solution):
    check(solution, [
        ([2, 3, 6, 7], 7, [[2, 2, 3], [7]]),
        ([2, 3, 5], 8, [[2, 2, 2, 2], [2, 3, 3], [3, 5]]),
        ([2], 1, []),
    ])  # fmt: skip


def test_no_combination(solution):
    check(solution, [([2, 4, 6], 7, []), ([5, 10], 3, []), ([40], 39, [])])


def test_single_candidate(solution):
    check(solution, [([3], 9, [[3, 3, 3]]), ([7], 7, [[7]]), ([4], 10, [])])


def test_candidate_equals_target(solution):
    check(solution, [
        ([8, 4], 8, [[4, 4], [8]]),
        ([40, 20, 10], 40, [[10, 10, 10, 10], [10, 10, 20], [20, 20], [40]]),
        ([9, 10], 10, [[10]]),
    ])  # fmt: skip


def test_unsorted_candidates(solution, reference):
    check(solution, [
        ([7, 6, 3, 2], 7, [[2, 2, 3], [7]]),
        ([8, 1, 5], 9, [[1] * 9, [1, 1, 1, 1, 5], [1, 8]]),
        ([5, 2, 9, 3], 10, reference.combination_sum([2, 3, 5, 9], 10)),
    ])  # fmt: skip


def test_candidate_one(solution, reference):
    check(solution, [
        ([1], 1, [[1]]),
        ([1], 5, [[1, 1, 1, 1, 1]]),
        ([1, 2], 4, [[1, 1, 1, 1], [1, 1, 2], [2, 2]]),
        ([3, 1, 2], 6, reference.combination_sum([1, 2, 3], 6)),
    ])  # fmt: skip


def test_large_input(solution, reference):
    # 6,123 and 5,604 combinations, up to 30 numbers long.
    check(solution, [
        (list(range(30, 1, -1)), 40, reference.combination_sum(list(range(2, 31)), 40)),
        (list(range(1, 31)), 30, reference.combination_sum(list(range(1, 31)), 30)),
        ([37, 23, 11, 5, 3], 40, reference.combination_sum([3, 5, 11, 23, 37], 40)),
    ])  # fmt: skip


@given(st.lists(st.integers(1, 12), min_size=1, max_size=5, unique=True), st.integers(1, 16))
def test_matches_reference(solution, reference, candidates, target):
    expected = reference.combination_sum(candidates, target)
    actual = solution.combination_sum(candidates, target)
    assert actual == expected
