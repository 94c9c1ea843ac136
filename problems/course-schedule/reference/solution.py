from collections import deque


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    # Kahn's algorithm: take courses whose prerequisites are all taken; the
    # courses on a cycle never get there. Iterative, so a 10**5-long chain is fine.
    unlocks: list[list[int]] = [[] for _ in range(num_courses)]
    waiting_on = [0] * num_courses  # one count per pair, duplicates included
    for course, before in prerequisites:
        unlocks[before].append(course)
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
