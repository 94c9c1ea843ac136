def reverse_string(s: str) -> str:
    # Collect the characters from the end, join once: O(n).
    chars: list[str] = []
    for i in range(len(s) - 1, -1, -1):
        chars.append(s[i])
    return "".join(chars)
