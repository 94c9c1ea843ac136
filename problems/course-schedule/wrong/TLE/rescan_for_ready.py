# fails: test_large_input
# Correct, but scans every course for a ready one after each course it takes: O(V^2) for V courses.
def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    unlocks = [[] for _ in range(num_courses)]
    waiting_on = [0] * num_courses
    for course, before in prerequisites:
        unlocks[before].append(course)
        waiting_on[course] += 1
    taken = [False] * num_courses
    for _ in range(num_courses):
        ready = next((c for c in range(num_courses) if not taken[c] and waiting_on[c] == 0), None)
        if ready is None:
            return False
        taken[ready] = True
        for after in unlocks[ready]:
            waiting_on[after] -= 1
    return True
