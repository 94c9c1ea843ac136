# missed: unpacking
def f(nums):
    # What is unpacked is not a local variable (a slice's result): not weighed.
    first, *_, last = nums[::-1]
    return last - first
