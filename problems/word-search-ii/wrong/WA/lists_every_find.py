# fails: test_examples, test_duplicates, test_matches_reference
# Collects finds in a list: a word traced from two cells, or listed twice, is returned twice.
END = "$"


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[END] = node.get(END, 0) + 1
    rows, cols = len(board), len(board[0])
    found: list[str] = []

    def walk(r: int, c: int, node: dict[str, dict], path: str) -> None:
        letter = board[r][c]
        node, path = node[letter], path + letter
        if END in node:
            found.extend([path] * node.pop(END))
        board[r][c] = "#"
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                walk(nr, nc, node, path)
        board[r][c] = letter

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in trie:
                walk(r, c, trie, "")
    return sorted(found)
