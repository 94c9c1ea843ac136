from solution import LFUCache


def test_example():
    cache = LFUCache(2)
    cache.put(7, 70)
    cache.put(8, 80)
    assert cache.get(8) == 80
    cache.put(9, 90)
    assert cache.get(7) == -1
    assert cache.get(9) == 90


def test_missing_key():
    cache = LFUCache(1)
    assert cache.get(7) == -1


def test_put_replaces_value():
    cache = LFUCache(2)
    cache.put(1, 1)
    cache.put(1, 5)
    assert cache.get(1) == 5


def test_tie_evicts_least_recent():
    cache = LFUCache(2)
    cache.put(1, 1)
    cache.put(2, 2)
    cache.put(3, 3)  # 1 and 2 were both used once: 1 is older
    assert cache.get(1) == -1
    assert cache.get(2) == 2
