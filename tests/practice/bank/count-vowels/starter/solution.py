def count_vowels(s: str) -> int:
    raise NotImplementedError("write your solution here")
