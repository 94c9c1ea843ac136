# fails: test_large_input
# Tries every candidate at every step, then removes the duplicates: correct, but
# it walks every ORDERING of every combination, exponentially more than needed.
def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    found = set()

    def extend(chosen, remaining):
        if remaining == 0:
            found.add(tuple(sorted(chosen)))
            return
        for value in candidates:
            if value <= remaining:
                extend(chosen + [value], remaining - value)

    extend([], target)
    return sorted(list(combination) for combination in found)
