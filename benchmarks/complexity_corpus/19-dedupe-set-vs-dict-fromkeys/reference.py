def dedupe(nums: list[int]) -> list[int]:
    # dict.fromkeys keeps the first occurrence's order: one C-level pass.
    return list(dict.fromkeys(nums))
