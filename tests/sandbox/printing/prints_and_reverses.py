# Two Sum that prints its input and each step, and answers with the pair reversed:
# WA on every visible case with a pair, AC on the one without.
def two_sum(nums, target):
    print("saw", nums, target)
    seen = {}
    for j, value in enumerate(nums):
        print("at", j, value)
        if target - value in seen:
            return [j, seen[target - value]]
        seen[value] = j
    return []
