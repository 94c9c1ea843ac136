def edit_distance(word1: str, word2: str) -> int:
    # row[j] is the distance from the current prefix of word1 to word2[:j];
    # one row at a time, so O(m * n) time and O(n) memory.
    row = list(range(len(word2) + 1))  # from "" to word2[:j]: j inserts
    for i, a in enumerate(word1, start=1):
        diagonal, row[0] = row[0], i  # to "": i deletes
        for j, b in enumerate(word2, start=1):
            above = row[j]
            row[j] = min(
                above + 1,  # delete a
                row[j - 1] + 1,  # insert b
                diagonal + (a != b),  # replace a with b, free if they are equal
            )
            diagonal = above
    return row[-1]
