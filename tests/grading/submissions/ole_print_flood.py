# Prints without end.
def two_sum(nums: list[int], target: int) -> list[int]:
    while True:
        print("spam " * 200)
