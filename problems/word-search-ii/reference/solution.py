END = "$"  # marks where a word ends in the trie; never a board letter


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    # One trie for all words, so a single walk from each cell serves every word
    # at once.  Found words are taken out of the trie and branches with nothing
    # left are cut, so no path is explored twice for the same word.
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[END] = word
    rows, cols = len(board), len(board[0])
    found: list[str] = []

    def walk(r: int, c: int, parent: dict[str, dict]) -> None:
        letter = board[r][c]
        node = parent[letter]
        word = node.pop(END, None)
        if word is not None:
            found.append(word)
        board[r][c] = "#"  # in use on this path; restored below
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                walk(nr, nc, node)
        board[r][c] = letter
        if not node:
            del parent[letter]

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in trie:
                walk(r, c, trie)
    return sorted(found)
