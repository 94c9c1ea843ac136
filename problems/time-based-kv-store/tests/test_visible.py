from solution import TimeMap


def test_example():
    store = TimeMap()
    store.set("light", "red", 2)
    assert store.get("light", 2) == "red"
    assert store.get("light", 5) == "red"
    store.set("light", "green", 6)
    assert store.get("light", 6) == "green"
    assert store.get("light", 9) == "green"


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
