from solution import min_window


def test_first_example():
    assert min_window("ADOBECODEBANC", "ABC") == "BANC"


def test_whole_string():
    assert min_window("a", "a") == "a"


def test_repeats_count():
    assert min_window("a", "aa") == ""


def test_leftmost_of_equal_windows():
    assert min_window("abcba", "ab") == "ab"
