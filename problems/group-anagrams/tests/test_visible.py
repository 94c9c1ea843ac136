from solution import group_anagrams


def test_first_example():
    assert group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]) == [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]]


def test_empty_string():
    assert group_anagrams([""]) == [[""]]


def test_letter_counts_matter():
    assert group_anagrams(["ab", "aab", "ba"]) == [["ab", "ba"], ["aab"]]


def test_no_strings():
    assert group_anagrams([]) == []
