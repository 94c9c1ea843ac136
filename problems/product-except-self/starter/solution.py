def product_except_self(nums: list[int]) -> list[int]:
    """answer[i] is the product of all of nums except nums[i]; no division."""
    raise NotImplementedError("write your solution here")
