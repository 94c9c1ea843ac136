# fails: test_large_input
# Correct but O(n) per typed letter: filters and sorts every product again for each prefix.
def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    suggestions = []
    for end in range(1, len(search_word) + 1):
        prefix = search_word[:end]
        suggestions.append(sorted(p for p in products if p.startswith(prefix))[:3])
    return suggestions
