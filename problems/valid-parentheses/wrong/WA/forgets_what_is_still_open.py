# fails: test_single_bracket, test_left_open, test_large_input, test_matches_reference
# Checks every closer against the stack but never looks at what is left on it:
# brackets still open at the end are not noticed.
def is_valid(s: str) -> bool:
    closer = {"(": ")", "[": "]", "{": "}"}
    owed = []
    for ch in s:
        if ch in closer:
            owed.append(closer[ch])
        elif not owed or owed.pop() != ch:
            return False
    return True
