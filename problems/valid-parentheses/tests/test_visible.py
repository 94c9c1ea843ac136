from solution import is_valid


def test_one_pair():
    assert is_valid("()") is True


def test_pairs_side_by_side():
    assert is_valid("()[]{}") is True


def test_wrong_kind():
    assert is_valid("(]") is False


def test_crossed_pairs():
    assert is_valid("([)]") is False


def test_nested():
    assert is_valid("{[]}") is True
