# fails: test_negative, test_matches_reference
def add_two(x: int) -> int:
    return x + 2 if x >= 0 else x
