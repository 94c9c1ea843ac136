from solution import can_finish


def test_one_prerequisite():
    assert can_finish(2, [[1, 0]]) is True


def test_two_courses_wait_on_each_other():
    assert can_finish(2, [[1, 0], [0, 1]]) is False


def test_shared_prerequisite():
    assert can_finish(4, [[1, 0], [2, 0], [3, 1], [3, 2]]) is True


def test_no_prerequisites():
    assert can_finish(3, []) is True


def test_course_requires_itself():
    assert can_finish(1, [[0, 0]]) is False
