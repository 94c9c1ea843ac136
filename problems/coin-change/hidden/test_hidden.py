from hypothesis import given
from hypothesis import strategies as st


def check(solution, coins, amount, expected):
    actual = solution.coin_change(coins, amount)
    assert actual == expected


def test_examples(solution):
    check(solution, [1, 2, 5], 11, 3)
    check(solution, [2], 3, -1)
    check(solution, [1], 0, 0)
    check(solution, [1, 3, 4], 6, 2)


def test_zero_amount(solution):
    check(solution, [5], 0, 0)
    check(solution, [2, 7], 0, 0)


def test_impossible(solution):
    check(solution, [2, 4], 7, -1)
    check(solution, [5, 10], 3, -1)
    check(solution, [3], 1, -1)


def test_single_coin(solution):
    check(solution, [1], 7, 7)
    check(solution, [3], 9, 3)
    check(solution, [7], 7, 1)


def test_largest_coin_first_fails(solution):
    check(solution, [1, 3, 4], 6, 2)
    check(solution, [2, 5], 6, 3)  # 5 first leaves 1: no way on, but 2 + 2 + 2 works
    check(solution, [1, 5, 6, 9], 11, 2)
    check(solution, [186, 419, 83, 408], 6249, 20)


def test_coins_larger_than_amount(solution):
    check(solution, [2**31 - 1], 3, -1)
    check(solution, [2**31 - 1, 1], 2, 2)
    check(solution, [1000], 999, -1)


def test_duplicate_coins(solution):
    check(solution, [2, 2, 3], 7, 3)
    check(solution, [5, 5], 10, 2)


def test_large_input(solution, reference):
    amount = 10_000
    check(solution, [1], amount, amount)  # 10**4 coins of 1: no shortcut
    check(solution, [1, 2], amount, amount // 2)
    check(
        solution,
        [7, 13, 29, 31, 37, 41, 43, 47, 53, 59, 61, 2**31 - 1],
        amount,
        reference.coin_change([7, 13, 29, 31, 37, 41, 43, 47, 53, 59, 61], amount),
    )
    check(solution, [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24], amount - 1, -1)  # odd: even coins never make it


# Up to 4 coins of 1..10 and amounts up to 30: impossible amounts, greedy traps and ties all turn up.
@given(st.lists(st.integers(1, 10), min_size=1, max_size=4), st.integers(0, 30))
def test_matches_reference(solution, reference, coins, amount):
    check(solution, coins, amount, reference.coin_change(coins, amount))
