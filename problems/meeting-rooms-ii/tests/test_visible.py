from solution import min_meeting_rooms


def test_first_example():
    assert min_meeting_rooms([[0, 30], [5, 10], [15, 20]]) == 2


def test_apart():
    assert min_meeting_rooms([[7, 10], [2, 4]]) == 1


def test_back_to_back_share_a_room():
    assert min_meeting_rooms([[1, 5], [5, 10]]) == 1


def test_no_meetings():
    assert min_meeting_rooms([]) == 0
