# fails: test_examples, test_replace_beats_insert_and_delete, test_matches_reference
# Longest-common-subsequence distance: only inserts and deletes, so a replacement costs 2.
def edit_distance(word1: str, word2: str) -> int:
    row = [0] * (len(word2) + 1)  # row[j]: LCS of the current prefix of word1 and word2[:j]
    for a in word1:
        diagonal = 0
        for j, b in enumerate(word2, start=1):
            above = row[j]
            row[j] = diagonal + 1 if a == b else max(above, row[j - 1])
            diagonal = above
    return len(word1) + len(word2) - 2 * row[-1]
