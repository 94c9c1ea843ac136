from solution import Trie


def test_example():
    trie = Trie()
    trie.insert("cargo")
    assert trie.search("cargo") is True
    assert trie.search("car") is False
    assert trie.starts_with("car") is True
    trie.insert("car")
    assert trie.search("car") is True


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
