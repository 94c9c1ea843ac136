from solution import count_vowels


def test_word():
    assert count_vowels("judge") == 2


def test_no_vowels():
    assert count_vowels("rhythm") == 0
