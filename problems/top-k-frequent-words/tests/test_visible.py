from solution import top_k_frequent


def test_first_example():
    assert top_k_frequent(["red", "blue", "red", "green", "blue", "red"], 2) == ["red", "blue"]


def test_second_example():
    words = ["cat", "dog", "cat", "bird", "dog", "fish", "bird", "cat"]
    assert top_k_frequent(words, 3) == ["cat", "bird", "dog"]


def test_ties_are_alphabetical():
    assert top_k_frequent(["b", "a", "c"], 2) == ["a", "b"]


def test_one_word():
    assert top_k_frequent(["hello"], 1) == ["hello"]
