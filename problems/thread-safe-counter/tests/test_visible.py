import threading

from solution import Counter


def run_together(job, threads):
    """Run job() in `threads` threads at once; return the list each returned."""
    results = [None] * threads
    errors = []
    barrier = threading.Barrier(threads)

    def run(i):
        try:
            barrier.wait()
            results[i] = job()
        except BaseException as exc:  # noqa: BLE001 - raised again by join()
            errors.append(exc)

    workers = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(20)
    if errors:
        raise errors[0]
    return results


def test_one_thread():
    counter = Counter()
    assert counter.value() == 0
    assert counter.increment() == 1
    assert counter.add(5) == 6
    assert counter.add(-10) == -4
    assert counter.value() == -4


def test_two_increments_at_once():
    counter = Counter()
    returned = run_together(counter.increment, 2)
    assert sorted(returned) == [1, 2]
    assert counter.value() == 2


def test_no_update_is_lost():
    counter = Counter()
    run_together(lambda: [counter.increment() for _ in range(20)], 4)
    assert counter.value() == 80


def test_adds_at_once():
    counter = Counter()
    run_together(lambda: [counter.add(3) for _ in range(10)], 3)
    assert counter.value() == 90
