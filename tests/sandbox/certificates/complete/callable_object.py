class Recorder:
    def __init__(self) -> None:
        self.seen = 0

    def __call__(self, x: int) -> None:
        self.seen += 1


def f(nums):
    # An instance of the submission's own class, called: its __call__'s lines are counted.
    record = Recorder()
    for x in nums:
        record(x)
    return record.seen
