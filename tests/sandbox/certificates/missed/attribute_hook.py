# missed: a subscript of a list of 300 by a value its frame does not show
class Hooked:
    @property
    def size(self) -> int:
        # The submission's code, run on every read: the certificate must not run it to learn the index.
        return 3


def f(nums):
    thing = Hooked()
    return nums[thing.size]
