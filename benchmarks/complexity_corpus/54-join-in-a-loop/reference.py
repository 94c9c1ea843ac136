def spell(words: list[str]) -> str:
    parts = []
    for word in words:
        parts.append(word)
    return "".join(parts)
