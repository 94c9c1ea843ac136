from solution import top_k_frequent


def test_first_example():
    assert top_k_frequent(["i", "love", "code", "i", "love", "python"], 2) == ["i", "love"]


def test_second_example():
    words = ["the", "day", "is", "sunny", "the", "the", "the", "sunny", "is", "is"]
    assert top_k_frequent(words, 4) == ["the", "is", "sunny", "day"]


def test_ties_are_alphabetical():
    assert top_k_frequent(["b", "a", "c"], 2) == ["a", "b"]


def test_one_word():
    assert top_k_frequent(["hello"], 1) == ["hello"]
