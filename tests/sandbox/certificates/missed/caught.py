# missed: a slice of a list
def f(nums):
    # The check raises inside the submission, which catches everything.
    try:
        return len(nums[nums[0] :])
    except BaseException:  # noqa: BLE001 - the case: a submission that catches everything
        return -1
