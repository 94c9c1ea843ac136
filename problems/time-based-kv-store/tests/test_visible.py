from solution import TimeMap


def test_example():
    store = TimeMap()
    store.set("foo", "bar", 1)
    assert store.get("foo", 1) == "bar"
    assert store.get("foo", 3) == "bar"
    store.set("foo", "bar2", 4)
    assert store.get("foo", 4) == "bar2"
    assert store.get("foo", 5) == "bar2"


def test_unknown_key():
    store = TimeMap()
    assert store.get("nothing", 10) == ""


def test_too_early():
    store = TimeMap()
    store.set("a", "x", 5)
    assert store.get("a", 4) == ""


def test_older_value_stays_readable():
    store = TimeMap()
    store.set("a", "x", 1)
    store.set("a", "y", 10)
    assert store.get("a", 9) == "x"
