from solution import LRUCache


def test_example():
    cache = LRUCache(2)
    cache.put(1, 1)
    cache.put(2, 2)
    assert cache.get(1) == 1
    cache.put(3, 3)
    assert cache.get(2) == -1
    assert cache.get(3) == 3


def test_missing_key():
    cache = LRUCache(1)
    assert cache.get(7) == -1


def test_put_replaces_value():
    cache = LRUCache(2)
    cache.put(1, 1)
    cache.put(1, 5)
    assert cache.get(1) == 5


def test_oldest_is_evicted():
    cache = LRUCache(2)
    cache.put(1, 1)
    cache.put(2, 2)
    cache.put(3, 3)
    assert cache.get(1) == -1
    assert cache.get(2) == 2
