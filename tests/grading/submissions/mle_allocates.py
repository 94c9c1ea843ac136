# Asks for far more memory than any limit.
def two_sum(nums: list[int], target: int) -> list[int]:
    hog = bytearray(1 << 40)
    return [len(hog), 0]
