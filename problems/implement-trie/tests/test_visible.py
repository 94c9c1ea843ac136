from solution import Trie


def test_example():
    trie = Trie()
    trie.insert("apple")
    assert trie.search("apple") is True
    assert trie.search("app") is False
    assert trie.starts_with("app") is True
    trie.insert("app")
    assert trie.search("app") is True


def test_empty_trie():
    trie = Trie()
    assert trie.search("a") is False
    assert trie.starts_with("a") is False


def test_unrelated_word():
    trie = Trie()
    trie.insert("cat")
    assert trie.search("dog") is False
    assert trie.starts_with("d") is False


def test_several_words():
    trie = Trie()
    for word in ("car", "cart", "dog"):
        trie.insert(word)
    assert [trie.search(w) for w in ("car", "cart", "ca", "dog", "do")] == [True, True, False, True, False]
