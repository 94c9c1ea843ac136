# fails: test_single_bracket, test_close_without_open, test_matches_reference
# Pops without checking that anything is open: a closer with nothing open
# raises IndexError.
def is_valid(s: str) -> bool:
    closer = {"(": ")", "[": "]", "{": "}"}
    owed = []
    for ch in s:
        if ch in closer:
            owed.append(closer[ch])
        elif owed.pop() != ch:
            return False
    return not owed
