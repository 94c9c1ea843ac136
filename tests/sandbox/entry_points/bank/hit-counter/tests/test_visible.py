from solution import HitCounter


def test_counts_each_page():
    counter = HitCounter()
    counter.add_hit("a")
    counter.add_hit("a")
    counter.add_hit("b")
    assert counter.hits_of("a") == 2
    assert counter.hits_of("c") == 0


def test_each_page_counted():
    counter = HitCounter()
    for page, times in [("a", 1), ("b", 3)]:
        for _ in range(times):
            counter.add_hit(page)
        assert counter.hits_of(page) == times
