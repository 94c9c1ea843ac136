from solution import word_break


def test_first_example():
    assert word_break("leetcode", ["leet", "code"]) is True


def test_word_used_twice():
    assert word_break("applepenapple", ["apple", "pen"]) is True


def test_no_way_to_cut():
    assert word_break("catsandog", ["cats", "dog", "sand", "and", "cat"]) is False


def test_empty_string():
    assert word_break("", ["a"]) is True
