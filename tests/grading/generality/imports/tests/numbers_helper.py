"""A helper module beside the tests, imported by plain name."""

SAMPLES = [(0, 0), (3, 6)]
