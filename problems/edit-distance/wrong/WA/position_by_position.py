# fails: test_insert_or_delete_inside, test_matches_reference
# Compares the words position by position and adds the length difference: an insert early on shifts every later letter.
def edit_distance(word1: str, word2: str) -> int:
    mismatches = sum(a != b for a, b in zip(word1, word2, strict=False))
    return mismatches + abs(len(word1) - len(word2))
