def spell(words: list[str]) -> str:
    out = ""
    for word in words:
        out = "".join([out, word])
    return out
