# fails: test_examples, test_empty_words, test_matches_reference
# The table's first row and column are left at 0: turning a prefix into "" seems free.
def edit_distance(word1: str, word2: str) -> int:
    m, n = len(word1), len(word2)
    table = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if word1[i - 1] == word2[j - 1]:
                table[i][j] = table[i - 1][j - 1]
            else:
                table[i][j] = 1 + min(table[i - 1][j], table[i][j - 1], table[i - 1][j - 1])
    return table[m][n]
