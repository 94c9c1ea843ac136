from hypothesis import given
from hypothesis import strategies as st


def test_empty(solution):
    assert solution.is_palindrome("") is True


@given(st.text(alphabet="ab", max_size=12))
def test_matches_reference(solution, reference, s):
    assert solution.is_palindrome(s) == reference.is_palindrome(s)
