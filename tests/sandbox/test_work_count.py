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
    ],
)
def test_work_done_in_c_grows_with_the_input(sandbox: Sandbox, body: str) -> None:
    small, large = counts(sandbox, f"def f(words):\n    {body}\n")
    assert large - small >= SIZE * 0.9, (small, large)


def test_a_rebound_name_is_not_weighed_as_the_builtin(sandbox: Sandbox) -> None:
    # `set` here is the submission's own function: its lines are counted, no more.
    small, large = counts(sandbox, "def set(items):\n    return 0\n\ndef f(words):\n    return set(words)\n")
    assert large == small < 10
