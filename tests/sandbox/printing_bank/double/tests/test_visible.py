from hypothesis import given
from hypothesis import strategies as st
from solution import double


def test_two():
    assert double(2) == 4


def test_three():
    assert double(3) == 6


@given(st.integers(0, 1000))
def test_any_number(n):
    assert double(n) == 2 * n
