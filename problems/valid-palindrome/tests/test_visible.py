from solution import is_palindrome


def test_first_example():
    assert is_palindrome("A man, a plan, a canal: Panama") is True


def test_not_a_palindrome():
    assert is_palindrome("race a car") is False


def test_nothing_to_compare():
    assert is_palindrome(" ") is True


def test_digits_count():
    assert is_palindrome("0P") is False
