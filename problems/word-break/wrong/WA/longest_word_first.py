# fails: test_longest_match_first_fails, test_matches_reference
# Greedy: always takes the longest word that fits at the current position, never backing up.
def word_break(s: str, word_dict: list[str]) -> bool:
    i = 0
    while i < len(s):
        fitting = [word for word in word_dict if s.startswith(word, i)]
        if not fitting:
            return False
        i += len(max(fitting, key=len))
    return True
