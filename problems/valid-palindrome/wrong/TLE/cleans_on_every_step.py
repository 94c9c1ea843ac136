# fails: test_large_input
# Correct but O(n^2): calls its cleaning helper inside the loop, so the whole string is filtered again for every pair compared.
def cleaned(s: str) -> list[str]:
    return [c.lower() for c in s if c.isalnum()]


def is_palindrome(s: str) -> bool:
    n = len(cleaned(s))
    return all(cleaned(s)[i] == cleaned(s)[n - 1 - i] for i in range(n // 2))
