def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    """True if all courses can be taken; [a, b] means b comes before a."""
    return False
