# fails: test_input_unchanged
# Right answers, but products.sort() reorders the caller's list.
from bisect import bisect_left


def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    products.sort()
    suggestions = []
    for end in range(1, len(search_word) + 1):
        prefix = search_word[:end]
        start = bisect_left(products, prefix)
        suggestions.append([p for p in products[start : start + 3] if p.startswith(prefix)])
    return suggestions
