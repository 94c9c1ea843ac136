import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, nums, expected):
    actual = solution.can_jump(nums)
    assert actual == expected


def test_examples(solution):
    check(solution, [2, 3, 1, 1, 4], True)
    check(solution, [3, 2, 1, 0, 4], False)
    check(solution, [0], True)


def test_single_element(solution):
    check(solution, [0], True)
    check(solution, [7], True)


def test_stuck_at_the_start(solution):
    check(solution, [0, 1], False)
    check(solution, [0, 2, 3], False)


def test_jumping_over_zeros(solution):
    check(solution, [2, 0, 0], True)
    check(solution, [3, 0, 0, 0], True)
    check(solution, [1, 2, 0, 1, 0], True)
    check(solution, [2, 0, 2, 0, 1], True)


def test_exactly_to_the_end(solution):
    check(solution, [1, 1, 0], True)
    check(solution, [1, 1, 1, 0], True)
    check(solution, [2, 0, 1, 0], True)
    check(solution, [1, 0, 1], False)


def test_longest_jump_is_a_trap(solution):
    # Jumping as far as possible each time lands on a 0; a shorter jump goes on.
    check(solution, [2, 5, 0, 0], True)
    check(solution, [3, 5, 0, 0, 0, 0, 1], True)


def test_jumps_past_the_end(solution):
    check(solution, [100_000, 0], True)
    check(solution, [1, 100_000, 0, 0, 0], True)


def test_large_input(solution):
    n = 100_000
    check(solution, [n - i for i in range(n)], True)  # long jumps everywhere
    check(solution, [1] * n, True)  # one step at a time
    check(solution, [1] * (n - 2) + [0, 5], False)  # stuck one short of the end
    walls = [0 if i % 1000 == 999 else 2 for i in range(n)]  # zeros every 1000: each is jumped over
    check(solution, walls, True)
    fall = [random.Random(53).randint(0, 3) for _ in range(n)]
    fall[n // 2 - 4 : n // 2] = [4, 3, 2, 1]
    fall[n // 2] = 0  # every jump from the indices before lands on or before this 0
    fall[: n // 2 - 4] = [1] * (n // 2 - 4)
    check(solution, fall, False)


@given(st.lists(st.integers(0, 3), min_size=1, max_size=12))
def test_matches_reference(solution, reference, nums):
    check(solution, nums, reference.can_jump(nums))
