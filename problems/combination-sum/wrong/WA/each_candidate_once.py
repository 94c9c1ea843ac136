# fails: test_examples, test_single_candidate, test_matches_reference
# Moves on to i + 1 after taking candidates[i], so no candidate is ever used twice.
def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    values = sorted(candidates)
    found = []

    def extend(start, chosen, remaining):
        if remaining == 0:
            found.append(chosen)
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                break
            extend(i + 1, chosen + [values[i]], remaining - values[i])

    extend(0, [], target)
    return found
