# fails: test_examples, test_case_insensitive, test_punctuation_ignored, test_large_input, test_matches_reference
# Skips punctuation but compares characters as they are: "Aa" is not a palindrome to it.
def is_palindrome(s: str) -> bool:
    kept = [c for c in s if c.isalnum()]
    return kept == kept[::-1]
