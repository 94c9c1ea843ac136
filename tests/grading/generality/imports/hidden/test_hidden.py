from solution import double


def test_negative():
    assert double(-4) == -8
