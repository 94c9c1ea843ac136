# fails: test_shared_prerequisites, test_large_input, test_matches_reference
# Walks each course's prerequisites and calls ANY course met twice in the walk a cycle: a diamond is not a cycle.
def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    needs = [[] for _ in range(num_courses)]
    for course, before in prerequisites:
        needs[course].append(before)
    done = set()  # courses already proven free of cycles by an earlier walk
    for start in range(num_courses):
        seen = set()
        stack = [start]
        while stack:
            course = stack.pop()
            if course in done:
                continue
            if course in seen:
                return False
            seen.add(course)
            stack.extend(needs[course])
        done |= seen
    return True
