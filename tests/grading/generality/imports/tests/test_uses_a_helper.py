from numbers_helper import SAMPLES
from solution import double


def test_samples():
    for given, expected in SAMPLES:
        assert double(given) == expected
