# fails: test_answer_order, test_large_input, test_matches_reference
# Finds each triplet once with a hash set, but returns them in the order found instead of sorting the list.
def three_sum(nums: list[int]) -> list[list[int]]:
    found: list[list[int]] = []
    seen_triplets: set[tuple[int, int, int]] = set()
    for i in range(len(nums)):
        seen: set[int] = set()
        for j in range(i + 1, len(nums)):
            third = -nums[i] - nums[j]
            if third in seen:
                triplet = tuple(sorted((nums[i], nums[j], third)))
                if triplet not in seen_triplets:
                    seen_triplets.add(triplet)
                    found.append(list(triplet))
            seen.add(nums[j])
    return found
