# fails: test_no_cell_reuse, test_board_unchanged, test_large_input, test_matches_reference
# The reference's trie walk, but a cell's letter is never put back when the walk
# leaves it: the "#" marks stay on the board, so a cell one path used is lost to
# every later path, and the caller's board comes back changed.  (The walk only
# gets cheaper as the marks spread, so this fails by its answers, never its time.)
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

    def walk(r: int, c: int, node: dict[str, dict]) -> None:
        node = node[board[r][c]]
        word = node.pop(END, None)
        if word is not None:
            found.append(word)
        board[r][c] = "#"  # never restored
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                walk(nr, nc, node)

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in trie:
                walk(r, c, trie)
    return sorted(found)
