"""Parked containers (judge/sandbox/parking.py): a judge leaves the next one's
container started.  These need an engine, the image and root (the pipes)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from judge.cli import cli
from judge.errors import UsageError
from judge.grading.grade import grade_file
from judge.problem import load_problem
from judge.problem.model import Limits
from judge.protocol import dump_frame
from judge.sandbox import parking
from judge.sandbox.base import TransportTimeout
from judge.sandbox.session import RunnerSession
from tests.docker_support import docker_sandbox_or_skip

ROOT = Path(__file__).resolve().parents[2]
TWO_SUM = ROOT / "problems" / "two-sum"
LIMITS = Limits(time=1.0, memory=64, output=64)
PROBE = "import os\ndef pid(): return os.getpid()\n"


def test_the_idle_seconds_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(parking.ENVIRONMENT, raising=False)
    assert parking.idle_seconds() == parking.IDLE_SECONDS
    monkeypatch.setenv(parking.ENVIRONMENT, "0")
    assert parking.idle_seconds() == 0
    monkeypatch.setenv(parking.ENVIRONMENT, "ten")
    with pytest.raises(UsageError, match="JUDGE_DOCKER_PARK must be a whole number"):
        parking.idle_seconds()


def test_a_bad_idle_setting_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    docker_sandbox_or_skip().close()
    monkeypatch.setenv(parking.ENVIRONMENT, "-5")
    result = CliRunner().invoke(cli, ["submit", "two-sum", str(TWO_SUM / "reference" / "solution.py"), "--sandbox", "docker"])
    assert result.exit_code == 2, result.output
    assert "JUDGE_DOCKER_PARK must be a whole number of seconds" in result.output
    assert "Traceback" not in result.output


@pytest.fixture
def parking_sandbox() -> Iterator[Callable[[int], Any]]:
    """DockerSandbox(park=...) makers; every parked container is removed after the test."""
    if os.geteuid() != 0:
        pytest.skip("containers park only where the frames take named pipes: a judge that is root")
    docker_sandbox_or_skip().close()
    from judge.sandbox.docker import DockerSandbox

    made: list[DockerSandbox] = []

    def make(park: int) -> DockerSandbox:
        made.append(DockerSandbox(park=park))
        return made[-1]

    yield make
    client = made[0].client if made else None
    for sandbox in made:
        sandbox.wait_for_removals()
    if client is not None:
        from judge.sandbox.docker import connect

        client = connect()
        for summary in client.api.containers(all=True, filters={"label": parking.LABEL}):
            parking.discard(client, summary["Id"], (summary.get("Labels") or {}).get(parking.LABEL, ""))
        client.close()


def parked(sandbox: Any, status: str = "running", wait: float = 30) -> Any:
    """The container parked for two-sum's kind of pod, once in `status`."""
    from judge.sandbox.docker import DockerPod, connect

    name = parking.parked_name(DockerPod(sandbox, load_problem(TWO_SUM).limits).key())
    client = connect()
    deadline = time.monotonic() + wait
    while True:
        found = [c for c in client.containers.list(all=True, filters={"name": name}) if c.name == name]
        if (found and found[0].status == status) or time.monotonic() > deadline:
            client.close()
            return found[0] if found else None
        time.sleep(0.05)


def test_the_next_judge_claims_the_container_the_one_before_parked(parking_sandbox: Callable[[int], Any]) -> None:
    problem = load_problem(TWO_SUM)
    first = parking_sandbox(60)
    assert grade_file(problem, problem.reference, first, complexity=False).accepted
    first.close()
    waiting = parked(first)
    assert waiting is not None and waiting.status == "running", "no container was parked for the next judge"
    folder = Path(waiting.labels[parking.LABEL])
    assert folder.is_dir()

    second = parking_sandbox(60)
    assert grade_file(problem, problem.reference, second, complexity=False).accepted
    assert second.adopted == [waiting.id], "the second judge started a container of its own"
    second.close()
    assert second.leftovers() != [] and waiting.id not in {c.id for c in second.leftovers()}, "the claimed container outlived its grading"
    assert not folder.exists(), "the claimed container's pipes outlived it"
    assert parked(second).id != waiting.id, "the second judge parked no container for a third"


def test_a_parked_zygote_says_ready_only_before_its_first_case(parking_sandbox: Callable[[int], Any]) -> None:
    """A zygote that forked a case is no fresh state: asked to be adopted again, it does not answer."""
    problem = load_problem(TWO_SUM)
    first = parking_sandbox(60)
    pod = first.open(problem.limits)
    RunnerSession(pod, problem.limits).start()
    pod.close()
    first.close()
    assert parked(first) is not None

    second = parking_sandbox(60)
    pod = second.open(problem.limits)
    session = RunnerSession(pod, problem.limits)
    session.start()
    assert second.adopted, "nothing was claimed"
    session.load(PROBE, "solution.py", "solution", [], second.runner_limits(problem.limits))
    assert isinstance(session.call({"name": "pid"}, (), {}), int)
    session.close()
    channel = pod.channel
    assert channel is not None
    channel.send(dump_frame({"id": None, "op": "adopt"}), time.monotonic() + 2)
    with pytest.raises(TransportTimeout):
        channel.expect_ready(wait=1.5, zygote=True)
    pod.close()
    second.close()


def test_a_parked_container_nobody_claims_stops_and_is_swept(parking_sandbox: Callable[[int], Any]) -> None:
    problem = load_problem(TWO_SUM)
    sandbox = parking_sandbox(1)
    pod = sandbox.open(problem.limits)
    RunnerSession(pod, problem.limits).start()
    pod.close()
    sandbox.close()
    stopped = parked(sandbox, status="exited")
    assert stopped is not None and stopped.status == "exited", "the parked zygote did not give up waiting"
    folder = Path(stopped.labels[parking.LABEL])
    from judge.sandbox.docker import connect

    client = connect()
    parking.sweep(client)
    assert not client.containers.list(all=True, filters={"id": stopped.id})
    client.close()
    assert not folder.exists()


def test_of_two_judges_racing_for_a_parked_container_one_gets_it(parking_sandbox: Callable[[int], Any]) -> None:
    problem = load_problem(TWO_SUM)
    sandbox = parking_sandbox(60)
    pod = sandbox.open(problem.limits)
    RunnerSession(pod, problem.limits).start()
    kind = pod.key()  # type: ignore[attr-defined]
    pod.close()
    sandbox.close()
    assert parked(sandbox) is not None
    from judge.sandbox.docker import connect

    client = connect()
    claims = [parking.claim(client, kind, f"judge-test-claim-{n}-{os.getpid()}") for n in range(2)]
    assert [c is not None for c in claims] == [True, False]
    parking.discard(client, claims[0].id, claims[0].labels[parking.LABEL])
    client.close()


def test_judge_sandbox_clean_removes_parked_containers_and_their_pipes(parking_sandbox: Callable[[int], Any]) -> None:
    problem = load_problem(TWO_SUM)
    sandbox = parking_sandbox(60)
    pod = sandbox.open(problem.limits)
    RunnerSession(pod, problem.limits).start()
    pod.close()
    sandbox.close()
    waiting = parked(sandbox)
    assert waiting is not None
    result = CliRunner().invoke(cli, ["sandbox", "clean"])
    assert result.exit_code == 0, result.output
    assert parked(sandbox, wait=0) is None
    assert not Path(waiting.labels[parking.LABEL]).exists()
