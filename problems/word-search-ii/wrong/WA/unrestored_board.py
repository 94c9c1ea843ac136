# fails: test_examples, test_board_unchanged, test_matches_reference
# Searches each word with the word-search-I pattern, but returns True from deep
# in the walk before putting the cell's letter back: the "#" marks stay on the
# board, and later words cannot use those cells.
def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    return sorted({word for word in words if exists(board, word)})


def exists(board: list[list[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])

    def walk(r: int, c: int, i: int) -> bool:
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        board[r][c] = "#"
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and walk(nr, nc, i + 1):
                return True  # leaves "#" behind on the whole path
        board[r][c] = word[i]
        return False

    return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
