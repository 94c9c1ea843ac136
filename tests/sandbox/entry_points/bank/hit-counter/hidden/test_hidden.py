from solution import HitCounter


def test_unseen_page():
    assert HitCounter().hits_of("nowhere") == 0
