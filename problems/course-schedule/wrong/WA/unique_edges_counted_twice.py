# fails: test_duplicate_pairs, test_matches_reference
# Stores edges in a set but counts every pair toward the in-degree: a repeated pair is never paid off.
from collections import deque


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    unlocks = [set() for _ in range(num_courses)]
    waiting_on = [0] * num_courses
    for course, before in prerequisites:
        unlocks[before].add(course)
        waiting_on[course] += 1
    ready = deque(c for c in range(num_courses) if waiting_on[c] == 0)
    taken = 0
    while ready:
        course = ready.popleft()
        taken += 1
        for after in unlocks[course]:
            waiting_on[after] -= 1
            if waiting_on[after] == 0:
                ready.append(after)
    return taken == num_courses
