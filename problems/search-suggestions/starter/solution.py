def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    """For each prefix of search_word, the (up to) 3 smallest products starting with it."""
    return []
