def permute(nums: list[int]) -> list[list[int]]:
    """Every ordering of nums, each once, in any order."""
    return []
