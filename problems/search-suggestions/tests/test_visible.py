from solution import suggested_products


def test_first_example():
    products = ["mobile", "mouse", "moneypot", "monitor", "mousepad"]
    assert suggested_products(products, "mouse") == [
        ["mobile", "moneypot", "monitor"],
        ["mobile", "moneypot", "monitor"],
        ["mouse", "mousepad"],
        ["mouse", "mousepad"],
        ["mouse", "mousepad"],
    ]


def test_nothing_matches():
    assert suggested_products(["havana"], "tatiana") == [[], [], [], [], [], [], []]


def test_matches_run_out():
    assert suggested_products(["bags", "baggage", "banner", "box", "cloths"], "bags") == [
        ["baggage", "bags", "banner"],
        ["baggage", "bags", "banner"],
        ["baggage", "bags"],
        ["bags"],
    ]


def test_one_letter():
    assert suggested_products(["b", "a", "ab"], "a") == [["a", "ab"]]
