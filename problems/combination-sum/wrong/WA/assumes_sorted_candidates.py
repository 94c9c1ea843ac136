# fails: test_unsorted_candidates, test_candidate_one, test_matches_reference
# Stops the loop at the first candidate larger than what remains, which is only
# right if the candidates are sorted; and combinations come out in input order.
def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    found = []

    def extend(start, chosen, remaining):
        if remaining == 0:
            found.append(chosen)
            return
        for i in range(start, len(candidates)):
            if candidates[i] > remaining:
                break
            extend(i, chosen + [candidates[i]], remaining - candidates[i])

    extend(0, [], target)
    return found
