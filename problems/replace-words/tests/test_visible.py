from solution import replace_words


def test_first_example():
    assert replace_words(["un", "re", "pre"], "the undoing of the redone prefix") == "the un of the re pre"


def test_one_letter_roots():
    assert replace_words(["a", "b", "c"], "apple banana cherry date") == "a b c date"


def test_shortest_root():
    assert replace_words(["ab", "a"], "abc cab") == "a cab"


def test_no_root_applies():
    assert replace_words(["xyz"], "hello world") == "hello world"
