CLOSER = {"(": ")", "[": "]", "{": "}"}


def is_valid(s: str) -> bool:
    # A stack of the closers still owed, the innermost on top: each closer in
    # s must be the one owed last.
    owed: list[str] = []
    for ch in s:
        if ch in CLOSER:
            owed.append(CLOSER[ch])
        elif not owed or owed.pop() != ch:
            return False
    return not owed
