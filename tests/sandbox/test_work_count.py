"""The ladder's work count, on both sandboxes: Python 3.11's (local, here)
traces lines, 3.12+'s (the image) uses sys.monitoring.  Either way a builtin
that does its work in C is weighed by the size of what it is given, so that
twice the input counts about twice the work, not a constant."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

import pytest

from judge.problem.model import Limits
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.sandbox.session import RunnerSession
from tests.docker_support import docker_sandbox_or_skip

LIMITS = Limits(time=1.0, wall=5.0, memory=128, output=64)
SIZE = 4000


@pytest.fixture(scope="module", params=["local", pytest.param("docker", marks=pytest.mark.docker)])
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    chosen = LocalSandbox() if request.param == "local" else docker_sandbox_or_skip()
    yield chosen
    chosen.close()


def counts(sandbox: Sandbox, source: str, sizes: tuple[int, ...] = (SIZE, 2 * SIZE)) -> list[int]:
    """The work count of `f(words)` for lists of these many distinct words."""
    pod = sandbox.open(LIMITS)
    session = RunnerSession(pod, LIMITS)
    try:
        session.start()
        session.load(textwrap.dedent(source), "solution.py", "solution", [], sandbox.runner_limits(LIMITS))
        measured = [
            session.measure({"name": "f"}, ([f"w{i}" for i in range(n)],), n, time=False, count=True, cpu_budget=1.0)["count"]
            for n in sizes
        ]
    finally:
        session.close()
        pod.close()
    return measured


@pytest.mark.parametrize(
    "body",
    [
        "return len(set(words))",
        "return list(dict.fromkeys(words))",
        "return tuple(words)",
        'return "".join(words)',
        "out = []\n    out.extend(words)\n    return out",
        "seen = {}\n    seen.update(dict.fromkeys(words))\n    return seen",
        "return list(range(len(words)))",
        "return dict(zip(words, range(len(words)), strict=True))",
        "return set(map(len, words[1:]))",
        "first, *rest = words\n    return rest",
    ],
)
def test_work_done_in_c_grows_with_the_input(sandbox: Sandbox, body: str) -> None:
    small, large = counts(sandbox, f"def f(words):\n    {body}\n")
    assert large - small >= SIZE * 0.9, (small, large)


def test_a_rebound_name_is_not_weighed_as_the_builtin(sandbox: Sandbox) -> None:
    # `set` here is the submission's own function: its lines are counted, no more.
    small, large = counts(sandbox, "def set(items):\n    return 0\n\ndef f(words):\n    return set(words)\n")
    assert large == small < 10


def test_a_slice_is_weighed_by_the_items_it_copies(sandbox: Sandbox) -> None:
    """Trimming one word a step copies n + (n - 1) + ... items: quadratic,
    where the lines alone grow linearly (a palindrome check by `s = s[1:-1]`)."""
    n = 500  # the count of 2n, 500,000, stays under the runner's cap
    small, large = counts(sandbox, "def f(words):\n    s = words\n    while s:\n        s = s[1:]\n    return s\n", (n, 2 * n))
    assert small >= n * n // 2
    assert large >= 3.5 * small, (small, large)


@pytest.mark.parametrize(
    "body",
    [
        "return [words[i:i + 3] for i in range(len(words))]",  # a bound the line's event cannot read: unweighed
        "total = 0\n    for word in words[1:]:\n        total += 1\n    return total",  # a for header: weighed once, not per item
        "k = 3\n    return [len(words[:k]) for _ in words]",  # a comprehension: not once per event, so unweighed
    ],
)
def test_a_slice_is_weighed_once_or_not_at_all(sandbox: Sandbox, body: str) -> None:
    small, large = counts(sandbox, f"def f(words):\n    {body}\n")
    assert large < 2.5 * small, (small, large)


@pytest.mark.parametrize(
    "body",
    [
        'out = ""\n    for word in words:\n        out = word + out\n    return out',  # a new str each step
        'out = ""\n    for word in words:\n        out = "".join([out, word])\n    return out',
        # a list is never grown in place by +
        "out = []\n    for word in words:\n        one = [word]\n        out = out + one\n    return out",
    ],
)
def test_a_sequence_rebuilt_each_step_is_weighed_by_what_it_copies(sandbox: Sandbox, body: str) -> None:
    n = 300
    small, large = counts(sandbox, f"def f(words):\n    {body}\n", (n, 2 * n))
    assert large >= 3.5 * small, (small, large)


@pytest.mark.parametrize(
    "body",
    [
        "total = 0\n    for word in list(words):\n        total += 1\n    return total",  # 3.11 weighed it once per item
        'out = ""\n    for word in words:\n        out = out + word\n    return out',  # CPython grows the str in place
        "total = 0\n    for word in words:\n        total = total + 1\n    return total",  # numbers copy nothing
    ],
)
def test_work_done_once_is_weighed_once(sandbox: Sandbox, body: str) -> None:
    small, large = counts(sandbox, f"def f(words):\n    {body}\n")
    assert large < 2.5 * small, (small, large)
