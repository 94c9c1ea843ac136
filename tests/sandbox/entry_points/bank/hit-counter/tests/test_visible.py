from solution import HitCounter


def test_counts_each_page():
    counter = HitCounter()
    counter.add_hit("a")
    counter.add_hit("a")
    counter.add_hit("b")
    assert counter.hits_of("a") == 2
    assert counter.hits_of("c") == 0
