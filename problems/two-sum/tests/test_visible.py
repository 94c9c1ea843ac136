from solution import two_sum


def is_pair(nums, target, answer):
    i, j = answer
    return 0 <= i < j < len(nums) and nums[i] + nums[j] == target


def test_first_example():
    assert two_sum([2, 7, 11, 15], 9) == [0, 1]


def test_pair_not_at_start():
    assert two_sum([3, 2, 4], 6) == [1, 2]


def test_no_pair():
    assert two_sum([1, 2], 7) == []


def test_same_value_twice():
    assert two_sum([3, 3], 6) == [0, 1]
