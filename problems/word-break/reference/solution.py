def word_break(s: str, word_dict: list[str]) -> bool:
    words = set(word_dict)
    lengths = sorted({len(word) for word in words})
    # fits[i]: the prefix s[:i] can be cut into words. A cut ending at i ends
    # with a word of some length in `lengths`: at most 20 to try, not all i.
    fits = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        fits[i] = any(fits[i - size] and s[i - size : i] in words for size in lengths if size <= i)
    return fits[len(s)]
