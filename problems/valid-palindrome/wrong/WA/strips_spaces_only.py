# fails: test_examples, test_empty_and_no_alphanumerics, test_punctuation_ignored, test_large_input, test_matches_reference
# Removes spaces but keeps punctuation, so "A man, a plan, a canal: Panama" compares ',' with 'a'.
def is_palindrome(s: str) -> bool:
    kept = s.replace(" ", "").lower()
    return kept == kept[::-1]
