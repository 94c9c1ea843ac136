# SystemExit inside a call is the submission's exception, not the judge's exit.
import sys


def two_sum(nums: list[int], target: int) -> list[int]:
    sys.exit(0)
