# fails: test_examples, test_wrong_kind_or_order, test_matches_reference
# Counts each kind on its own (never below zero, zero at the end), but not the
# order between kinds: crossed pairs like "([)]" pass.
def is_valid(s: str) -> bool:
    depth = {"(": 0, "[": 0, "{": 0}
    opener = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in depth:
            depth[ch] += 1
        else:
            depth[opener[ch]] -= 1
            if depth[opener[ch]] < 0:
                return False
    return all(count == 0 for count in depth.values())
