from solution import suggested_products


def test_first_example():
    products = ["sofa", "soap", "socks", "solar", "sock"]
    assert suggested_products(products, "socks") == [
        ["soap", "sock", "socks"],
        ["soap", "sock", "socks"],
        ["sock", "socks"],
        ["sock", "socks"],
        ["socks"],
    ]


def test_nothing_matches():
    assert suggested_products(["lamp"], "desk") == [[], [], [], []]


def test_matches_run_out():
    assert suggested_products(["teapot", "tent", "tea", "toast", "team"], "teap") == [
        ["tea", "team", "teapot"],
        ["tea", "team", "teapot"],
        ["tea", "team", "teapot"],
        ["teapot"],
    ]


def test_one_letter():
    assert suggested_products(["b", "a", "ab"], "a") == [["a", "ab"]]
