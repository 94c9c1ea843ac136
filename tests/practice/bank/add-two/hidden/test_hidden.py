from hypothesis import given
from hypothesis import strategies as st


def test_negative(solution):
    assert solution.add_two(-5) == -3


def test_secret_value(solution):
    # The literal below must never appear in a report: hidden data.
    assert solution.add_two(7777777777777) == 7777777777779


@given(st.integers(-1000, 1000))
def test_matches_reference(solution, reference, x):
    assert solution.add_two(x) == reference.add_two(x)
