# Forgets to return: the tests cannot even unpack the answer.
def two_sum(nums: list[int], target: int) -> list[int]:
    pass
