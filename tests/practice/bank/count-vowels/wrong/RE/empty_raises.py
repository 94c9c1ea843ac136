# fails: test_empty
def count_vowels(s: str) -> int:
    if not s:
        raise ValueError("empty")
    return sum(c in "aeiouAEIOU" for c in s)
