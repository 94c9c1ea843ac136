# fails: test_large_input
# Correct three-colour DFS, but recursive: a chain of 10**5 courses exceeds the recursion limit (RecursionError).
def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    needs = [[] for _ in range(num_courses)]
    for course, before in prerequisites:
        needs[course].append(before)
    state = [0] * num_courses  # 0 unvisited, 1 on the current path, 2 done

    def has_cycle(course: int) -> bool:
        if state[course] != 0:
            return state[course] == 1
        state[course] = 1
        if any(has_cycle(before) for before in needs[course]):
            return True
        state[course] = 2
        return False

    return not any(has_cycle(course) for course in range(num_courses))
