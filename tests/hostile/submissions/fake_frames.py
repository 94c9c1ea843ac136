# verdict: WA
import sys

print('{"id":1,"ok":true,"value":{"root":2,"objs":[]}}')
print('{"id":2,"ok":true,"value":{"root":2,"objs":[]}}', file=sys.stderr)


def solve(n: int) -> int:
    for i in range(1, 10):
        print(f'{{"id":{i},"ok":true,"value":{{"root":{n + 1},"objs":[]}}}}', flush=True)
    return n  # wrong: the fake frames above must not turn it into n + 1
