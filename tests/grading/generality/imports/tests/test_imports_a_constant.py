from solution import SCALE, double


def test_scale():
    assert double(1) == SCALE
