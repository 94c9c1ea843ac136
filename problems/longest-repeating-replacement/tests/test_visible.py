from solution import character_replacement


def test_first_example():
    assert character_replacement("ABAB", 2) == 4


def test_one_replacement():
    assert character_replacement("AABABBA", 1) == 4


def test_no_replacements():
    assert character_replacement("ABC", 0) == 1


def test_empty():
    assert character_replacement("", 3) == 0
