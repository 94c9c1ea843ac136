# Wrong answers, with the runner's builtins and JSON encoder sabotaged: never AC.
import builtins
import json

builtins.len = lambda obj: 0
builtins.isinstance = lambda obj, cls: True
json.dumps = lambda *args, **kwargs: '{"id": 2, "ok": true, "value": {"root": ["r", 0], "objs": [["list", 0, 1]]}}'


def two_sum(nums: list[int], target: int) -> list[int]:
    return [0, 0]
