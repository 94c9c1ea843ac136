from solution import ladder_length

WORDS = ["hot", "dot", "dog", "lot", "log", "cog"]


def test_first_example():
    assert ladder_length("hit", "cog", WORDS) == 5


def test_end_word_must_be_in_the_list():
    assert ladder_length("hit", "cog", ["hot", "dot", "dog", "lot", "log"]) == 0


def test_one_letter_words():
    assert ladder_length("a", "c", ["a", "b", "c"]) == 2


def test_no_ladder():
    assert ladder_length("hit", "cog", ["hot", "cog"]) == 0
