# fails: test_examples, test_digits_count, test_matches_reference
# Keeps letters with isalpha() instead of letters and digits with isalnum(): "0P" becomes "p", a palindrome.
def is_palindrome(s: str) -> bool:
    kept = [c.lower() for c in s if c.isalpha()]
    return kept == kept[::-1]
