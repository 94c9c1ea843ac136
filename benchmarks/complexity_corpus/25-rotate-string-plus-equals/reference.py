def rotate(s: str, k: int) -> str:
    # A list of characters, joined once: O(n).
    chars = [chr((ord(ch) - 97 + k) % 26 + 97) for ch in s]
    return "".join(chars)
