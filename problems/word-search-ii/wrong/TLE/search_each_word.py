# fails: test_large_input
# Correct but searches for every word on its own, from every cell: 30,000 words on
# a 12 x 12 board repeat the same walks over and over.
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
        hit = any(walk(nr, nc, i + 1) for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)) if 0 <= nr < rows and 0 <= nc < cols)
        board[r][c] = word[i]
        return hit

    return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
