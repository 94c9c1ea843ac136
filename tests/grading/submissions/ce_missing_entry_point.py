# Neither the entry point's name nor its camelCase (twoSum, which is accepted).
def pair_sum(nums, target):
    return []
