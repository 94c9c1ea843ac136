def count_vowels(s: str) -> int:
    return sum(c in "aeiouAEIOU" for c in s)
