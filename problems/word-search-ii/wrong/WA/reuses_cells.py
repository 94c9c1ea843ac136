# fails: test_examples, test_no_cell_reuse, test_matches_reference
# The reference's trie walk without marking the cells on its path, so a word may step back onto a cell it used.
END = "$"


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
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
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                walk(nr, nc, node)
        if not node:
            del parent[letter]

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in trie:
                walk(r, c, trie)
    return sorted(found)
