from hypothesis import given
from hypothesis import strategies as st


def test_empty(solution):
    assert solution.count_vowels("") == 0


def test_secret_shout(solution):
    # The literal below must never appear in a report: hidden data.
    assert solution.count_vowels("SECRETSHOUTAEIOU") == 9


@given(st.text(alphabet="abcdeiouxyzAEIOU", max_size=20))
def test_matches_reference(solution, reference, s):
    assert solution.count_vowels(s) == reference.count_vowels(s)
