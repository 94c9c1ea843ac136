# Wrong answers, with sys.modules rigged at import: never AC.
import sys
import types


class Yes:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __getattr__(self, name):
        return Yes()

    def __call__(self, *args, **kwargs):
        return Yes()


fake = types.ModuleType("fake")
fake.__getattr__ = lambda name: Yes()
for name in ("json", "protocol", "builtins", "pytest", "hypothesis", "judge", "judge.protocol", "solution", "reference"):
    sys.modules[name] = fake


def two_sum(nums: list[int], target: int) -> list[int]:
    return [0, 1]
