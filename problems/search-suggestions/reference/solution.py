from bisect import bisect_left


def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    # In sorted order, the products starting with a prefix form one run, and
    # it begins where the prefix itself would be inserted: the first three of
    # that run are the answer.  Each longer prefix's run starts no earlier.
    ordered = sorted(products)
    suggestions = []
    start = 0
    for end in range(1, len(search_word) + 1):
        prefix = search_word[:end]
        start = bisect_left(ordered, prefix, start)
        suggestions.append([p for p in ordered[start : start + 3] if p.startswith(prefix)])
    return suggestions
