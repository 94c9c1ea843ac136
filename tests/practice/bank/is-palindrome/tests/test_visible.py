from solution import is_palindrome


def test_level():
    assert is_palindrome("level") is True


def test_judge():
    assert is_palindrome("judge") is False
