# fails: test_examples, test_no_match, test_fewer_than_three, test_matches_reference
# Binary search finds where the prefix would go, then takes the next three
# products without checking that they start with the prefix.
from bisect import bisect_left


def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    ordered = sorted(products)
    suggestions = []
    for end in range(1, len(search_word) + 1):
        start = bisect_left(ordered, search_word[:end])
        suggestions.append(ordered[start : start + 3])
    return suggestions
