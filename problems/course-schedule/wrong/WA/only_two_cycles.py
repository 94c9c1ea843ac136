# fails: test_self_prerequisite, test_long_cycle, test_separate_groups, test_matches_reference
# Looks only for two courses that require each other: longer cycles and self-loops pass unnoticed.
def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    pairs = {(a, b) for a, b in prerequisites}
    return not any((b, a) in pairs for a, b in pairs if a != b)
