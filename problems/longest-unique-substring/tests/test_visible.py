from solution import longest_unique_substring


def test_first_example():
    assert longest_unique_substring("abcabcbb") == 3


def test_one_repeated_letter():
    assert longest_unique_substring("bbbbb") == 1


def test_answer_is_a_substring_not_a_subsequence():
    assert longest_unique_substring("pwwkew") == 3


def test_empty():
    assert longest_unique_substring("") == 0


def test_spaces_count():
    assert longest_unique_substring("a b c") == 3
