"""Parked containers (judge/sandbox/parking.py): a judge leaves the next one's
container started.  These need an engine, the image and root (the pipes).

Each test grades two-sum under limits of its own (its output cap): a kind of
pod, and so a parked name, no other test shares, since tests run side by side."""

from __future__ import annotations

import dataclasses
import itertools
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from judge.cli import cli
from judge.errors import UsageError
from judge.grading.grade import grade_file
from judge.problem import load_problem
from judge.problem.model import Problem
from judge.protocol import dump_frame
from judge.sandbox import detached, parking
from judge.sandbox.base import TransportTimeout
from judge.sandbox.session import RunnerSession
from tests.docker_support import docker_sandbox_or_skip

ROOT = Path(__file__).resolve().parents[2]
TWO_SUM = ROOT / "problems" / "two-sum"
PROBE = "import os\ndef pid(): return os.getpid()\n"
OUTPUT_CAPS = itertools.count(4000 + 100 * (os.getpid() % 1000))  # KiB: one per test, per worker


def test_the_idle_seconds_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(detached.ENVIRONMENT, raising=False)
    assert detached.idle_seconds() == detached.IDLE_SECONDS
    monkeypatch.setenv(detached.ENVIRONMENT, "0")
    assert detached.idle_seconds() == 0
    monkeypatch.setenv(detached.ENVIRONMENT, "ten")
    with pytest.raises(UsageError, match="JUDGE_DOCKER_PARK must be a whole number"):
        detached.idle_seconds()


def test_only_a_judges_pipes_folder_is_removed(tmp_path: Path) -> None:
    """The folder comes from a container's label: `clean` and the sweep remove only what is named as ours."""
    other = tmp_path / "judge-frames-not-in-tmp"
    other.mkdir()
    parking.forget_pipes(str(other))
    assert other.exists()
    ours = Path(tempfile.mkdtemp(prefix="judge-frames-"))
    parking.forget_pipes(str(ours))
    assert not ours.exists()


def test_judge_start_checks_the_idle_setting_before_it_writes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(detached.ENVIRONMENT, "ten")
    result = CliRunner().invoke(cli, ["start", "two-sum", str(tmp_path / "two-sum")])
    assert result.exit_code == 2, result.output
    assert "JUDGE_DOCKER_PARK must be a whole number of seconds" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "two-sum").exists()


def test_a_bad_idle_setting_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    docker_sandbox_or_skip().close()
    monkeypatch.setenv(detached.ENVIRONMENT, "-5")
    result = CliRunner().invoke(cli, ["submit", "two-sum", str(TWO_SUM / "reference" / "solution.py"), "--sandbox", "docker"])
    assert result.exit_code == 2, result.output
    assert "JUDGE_DOCKER_PARK must be a whole number of seconds" in result.output
    assert "Traceback" not in result.output


class Parking:
    """Sandboxes that park, for one test's own kind of pod; its parked containers go after the test."""

    def __init__(self) -> None:
        from judge.sandbox.docker import DockerPod, DockerSandbox, connect

        problem = load_problem(TWO_SUM)
        self.problem: Problem = dataclasses.replace(problem, limits=dataclasses.replace(problem.limits, output=next(OUTPUT_CAPS)))
        self.client = connect()
        self.made: list[DockerSandbox] = []
        self.name = parking.parked_name(DockerPod(DockerSandbox(), self.problem.limits).key())

    def sandbox(self, park: int) -> Any:
        from judge.sandbox.docker import DockerSandbox

        self.made.append(DockerSandbox(park=park))
        return self.made[-1]

    def one_case(self, sandbox: Any) -> Any:
        """Open a pod and start one runner in it: the kind is then the one to park."""
        pod = sandbox.open(self.problem.limits)
        RunnerSession(pod, self.problem.limits).start()
        pod.close()
        return pod

    def parked(self, status: str = "running", wait: float = 30) -> Any:
        """The container parked for this test's kind, once in `status` (or as it is after `wait`)."""
        deadline = time.monotonic() + wait
        while True:
            found = [c for c in self.client.containers.list(all=True, filters={"name": self.name}) if c.name == self.name]
            if (found and found[0].status == status) or time.monotonic() >= deadline:
                return found[0] if found else None
            time.sleep(0.05)

    def close(self) -> None:
        for sandbox in self.made:
            sandbox.wait_for_removals()
        left = self.parked(wait=0)
        if left is not None:
            parking.discard(self.client, left.id, left.labels.get(parking.LABEL, ""))
        self.client.close()


@pytest.fixture
def parking_kind() -> Iterator[Parking]:
    if os.geteuid() != 0:
        pytest.skip("containers park only where the frames take named pipes: a judge that is root")
    docker_sandbox_or_skip().close()
    kind = Parking()
    yield kind
    kind.close()


def test_the_next_judge_claims_the_container_the_one_before_parked(parking_kind: Parking) -> None:
    problem = parking_kind.problem
    first = parking_kind.sandbox(60)
    assert grade_file(problem, problem.reference, first, complexity=False).accepted
    first.close()
    waiting = parking_kind.parked()
    assert waiting is not None and waiting.status == "running", "no container was parked for the next judge"
    folder = Path(waiting.labels[parking.LABEL])
    assert folder.is_dir()

    second = parking_kind.sandbox(60)
    assert grade_file(problem, problem.reference, second, complexity=False).accepted
    assert second.adopted == [waiting.id], "the second judge started a container of its own"
    second.close()
    assert waiting.id not in {c.id for c in second.leftovers()}, "the claimed container outlived its grading"
    assert not folder.exists(), "the claimed container's pipes outlived it"
    following = parking_kind.parked()
    assert following is not None and following.id != waiting.id, "the second judge parked no container for a third"


def test_a_parked_container_not_started_yet_is_started_by_its_claimer(parking_kind: Parking) -> None:
    """A quick next judge can come before the detached process has started the container: it starts it itself."""
    problem = parking_kind.problem
    first = parking_kind.sandbox(60)
    pod = parking_kind.one_case(first)
    first.to_park = None
    created = first.leave_parked(pod)  # created, and nobody starts it
    first.close()
    assert created is not None and parking_kind.parked(status="created", wait=0) is not None
    second = parking_kind.sandbox(60)
    assert grade_file(problem, problem.reference, second, complexity=False).accepted
    assert second.adopted == [created]
    second.close()


def test_a_parked_zygote_says_ready_only_before_its_first_case(parking_kind: Parking) -> None:
    """A zygote that forked a case is no fresh state: asked to be adopted again, it does not answer."""
    limits = parking_kind.problem.limits
    first = parking_kind.sandbox(60)
    parking_kind.one_case(first)
    first.close()
    assert parking_kind.parked() is not None

    second = parking_kind.sandbox(60)
    pod = second.open(limits)
    session = RunnerSession(pod, limits)
    session.start()
    assert second.adopted, "nothing was claimed"
    session.load(PROBE, "solution.py", "solution", [], second.runner_limits(limits))
    assert isinstance(session.call({"name": "pid"}, (), {}), int)
    session.close()
    channel = pod.channel
    assert channel is not None
    channel.send(dump_frame({"id": None, "op": "adopt"}), time.monotonic() + 2)
    with pytest.raises(TransportTimeout):
        channel.expect_ready(wait=1.5, zygote=True)
    pod.close()
    second.close()


def test_a_parked_container_nobody_claims_stops_and_is_swept(parking_kind: Parking) -> None:
    sandbox = parking_kind.sandbox(1)
    parking_kind.one_case(sandbox)
    sandbox.close()
    stopped = parking_kind.parked(status="exited")
    assert stopped is not None and stopped.status == "exited", "the parked zygote did not give up waiting"
    folder = Path(stopped.labels[parking.LABEL])
    parking.sweep(parking_kind.client)
    assert parking_kind.parked(wait=0) is None
    assert not folder.exists()


def test_of_two_judges_racing_for_a_parked_container_one_gets_it(parking_kind: Parking) -> None:
    sandbox = parking_kind.sandbox(60)
    kind = parking_kind.one_case(sandbox).key()
    sandbox.close()
    assert parking_kind.parked() is not None
    claims = [parking.claim(parking_kind.client, kind, f"judge-test-claim-{n}-{os.getpid()}") for n in range(2)]
    won, lost = claims
    assert won is not None and lost is None
    parking.discard(parking_kind.client, won.id, won.labels[parking.LABEL])


def test_a_judge_on_a_rebuilt_image_claims_no_container_of_the_old_one(parking_kind: Parking) -> None:
    """`judge sandbox build` again keeps the tag: the parked container still runs the image it was made from."""
    first = parking_kind.sandbox(60)
    parking_kind.one_case(first)
    first.close()
    waiting = parking_kind.parked()
    assert waiting is not None
    rebuilt = parking_kind.sandbox(60)
    rebuilt.image_id = "sha256:" + "0" * 64
    parking_kind.one_case(rebuilt)
    assert rebuilt.adopted == []
    rebuilt.to_park = None
    rebuilt.close()
    assert parking_kind.parked(wait=0).id == waiting.id, "the old image's container was taken or removed"


def test_a_judge_that_does_not_park_leaves_nothing(parking_kind: Parking) -> None:
    sandbox = parking_kind.sandbox(0)
    parking_kind.one_case(sandbox)
    sandbox.close()
    assert sandbox.leftovers() == []
    assert parking_kind.parked(wait=0) is None


def test_judge_start_parks_a_container_for_the_first_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`judge start` leaves the problem's container started (a detached process
    does it): the candidate's first `judge run` on Docker claims it, and
    leaves the next one another."""
    if os.geteuid() != 0:
        pytest.skip("containers park only where the frames take named pipes: a judge that is root")
    docker_sandbox_or_skip().close()
    from judge.sandbox.docker import DockerPod, DockerSandbox, connect

    problem = load_problem(TWO_SUM)
    name = parking.parked_name(DockerPod(DockerSandbox(), problem.limits).key())
    client = connect()

    def running() -> Any:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            found = [c for c in client.containers.list(filters={"name": name}) if c.name == name]
            if found:
                return found[0]
            time.sleep(0.1)
        return None

    for before in client.containers.list(all=True, filters={"name": name}):
        parking.discard(client, before.id, before.labels.get(parking.LABEL, ""))
    monkeypatch.setenv(detached.ENVIRONMENT, "60")
    try:
        started = CliRunner().invoke(cli, ["start", "two-sum", str(tmp_path / "two-sum")])
        assert started.exit_code == 0, started.output
        first = running()
        assert first is not None, "judge start parked no container for the problem"
        solution = str(TWO_SUM / "reference" / "solution.py")
        ran = CliRunner().invoke(cli, ["run", "two-sum", solution, "--input", "[[2, 7, 11, 15], 9]", "--sandbox", "docker"])
        assert ran.exit_code == 0, ran.output
        assert not client.containers.list(all=True, filters={"id": first.id}), "judge run did not claim the parked container"
        following = running()
        assert following is not None and following.id != first.id, "judge run parked none for the next run"
    finally:
        for left in client.containers.list(all=True, filters={"name": name}):
            parking.discard(client, left.id, left.labels.get(parking.LABEL, ""))
        client.close()
