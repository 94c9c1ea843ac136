# verdict: RE
import builtins
import json

# Everything it can reach in its own process, the runner's encoder included:
# its own calls break (RE), and none of it reaches the judge.
builtins.len = lambda obj: 0
builtins.isinstance = lambda obj, cls: True
json.dumps = lambda *args, **kwargs: '{"id":1,"ok":true}'


def solve(n: int) -> int:
    return n
