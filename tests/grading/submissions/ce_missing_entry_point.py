# camelCase is not the entry point the problem names.
def twoSum(nums, target):
    return []
