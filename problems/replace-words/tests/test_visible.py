from solution import replace_words


def test_first_example():
    assert replace_words(["cat", "bat", "rat"], "the cattle was rattled by the battery") == "the cat was rat by the bat"


def test_one_letter_roots():
    assert replace_words(["a", "b", "c"], "aadsfasf absbs bbab cadsfafs") == "a a b c"


def test_shortest_root():
    assert replace_words(["ab", "a"], "abc cab") == "a cab"


def test_no_root_applies():
    assert replace_words(["xyz"], "hello world") == "hello world"
