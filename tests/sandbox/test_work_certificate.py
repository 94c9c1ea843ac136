"""The work count's certificate, on both sandboxes: Python 3.11's (local,
here) traces opcodes, 3.12+'s (the image) uses sys.monitoring.  Each file of
certificates/ is a case: complete/ the count sees all of the work, missed/
it does not, for the reason its first line names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.problem.model import Limits
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.sandbox.session import RunnerSession
from tests.docker_support import docker_sandbox_or_skip

LIMITS = Limits(time=2.0, wall=10.0, memory=256, output=64)
CASES = Path(__file__).parent / "certificates"
SIZE = 300
MISSED = "# missed: "


@pytest.fixture(scope="module", params=["local", pytest.param("docker", marks=pytest.mark.docker)])
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    chosen = LocalSandbox() if request.param == "local" else docker_sandbox_or_skip()
    yield chosen
    chosen.close()


def missed(sandbox: Sandbox, source: str) -> str:
    """What the certificate says the count misses in `f(nums)` ("" nothing)."""
    pod = sandbox.open(LIMITS)
    session = RunnerSession(pod, LIMITS)
    try:
        session.start()
        session.load(source, "solution.py", "solution", [], sandbox.runner_limits(LIMITS))
        nums = [(i * 7919) % 1009 for i in range(SIZE)]  # distinct, in no order
        answer = session.measure({"name": "f"}, (nums,), SIZE, time=False, count=False, cpu_budget=2.0, certify=True)
    finally:
        session.close()
        pod.close()
    return str(answer["missed"])


@pytest.mark.parametrize("case", sorted((CASES / "complete").glob("*.py")), ids=lambda path: path.stem)
def test_the_count_sees_all_of_the_work(sandbox: Sandbox, case: Path) -> None:
    assert missed(sandbox, case.read_text()) == ""


@pytest.mark.parametrize("case", sorted((CASES / "missed").glob("*.py")), ids=lambda path: path.stem)
def test_work_the_count_misses_is_named(sandbox: Sandbox, case: Path) -> None:
    source = case.read_text()
    reason = source.splitlines()[0].removeprefix(MISSED)
    assert reason in missed(sandbox, source)
