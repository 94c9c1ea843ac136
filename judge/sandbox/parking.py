"""Parked containers: a `judge submit` leaves the next one's container started.

Starting a container costs a quarter of a second on a small machine, as much
as grading a small problem.  A candidate submits again and again, each time
from a new process.  So a judge that parks (the CLI's `run`, `test` and
`submit`; JUDGE_DOCKER_PARK seconds, 0 turns it off) creates, at its end, a
container for the next judge of the same kind (image, policy, limits,
language), named for that kind, and a detached process starts it: the judge
itself exits without waiting.  `judge start` parks one the same way, for the
first run.  The next judge of that kind claims it by renaming it: the engine
renames a name once, so of two judges that race for it, one gets it.

A parked container never ran a submission: its zygote waits, blocked on
opening the pipes, and says ready only when a judge asks (`adopt`), and only
before it has forked a case (sandboxes/python/runner.py).  Only the Python
zygote on named pipes parks: the pipes outlive the judge that made them, and
the next judge opens them by the folder on the container's label.  Claimed
by nobody within the idle seconds, the zygote exits and its container stops;
the next parking removes it and its pipes, and so does `judge sandbox clean`.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sys
from pathlib import Path
from typing import Any

import docker
import docker.errors

from judge.sandbox.detached import idle_seconds, run_detached
from judge.sandbox.fifo import FifoFrames

LABEL = "org.judge.parked"  # on a container that may park; the value is its pipes' folder


def parked_name(kind: tuple[Any, ...]) -> str:
    return "judge-parked-" + hashlib.sha256(repr(kind).encode()).hexdigest()[:16]


def pipes_folder(labels: dict[str, str] | None) -> str:
    """The pipes' folder a parked container's labels name ("" if none)."""
    return (labels or {}).get(LABEL, "")


def claim(client: docker.DockerClient, kind: tuple[Any, ...], new_name: str) -> Any | None:
    """The container parked for this kind, renamed `new_name` (ours now), or
    None.  It may not be started yet (the detached process is slower than a
    quick next judge): the claimer starts it.  One that stopped waiting is
    removed on the way."""
    try:
        client.api.rename(parked_name(kind), new_name)
        container = client.containers.get(new_name)
    except docker.errors.APIError:  # none parked (404), or the engine's own trouble: start one
        return None
    if container.status not in ("running", "created"):
        discard(client, container.id, pipes_folder(container.labels))
        return None
    return container


def start_detached(container_id: str) -> None:
    """Start the parked container from a process of its own: the judge exits
    meanwhile.  That process then sweeps the ones that stopped waiting."""
    run_detached("--start", container_id)


def finish(container_id: str) -> None:
    from judge.sandbox.docker import connect  # docker.py imports this module

    client = connect()
    with contextlib.suppress(docker.errors.APIError):
        client.api.start(container_id)
    sweep(client)


def park_for(problem_root: Path) -> None:
    """Park a container for the first run of the problem at `problem_root`
    (`judge start`): the kind of pod its grading opens, in Python."""
    from judge.problem import load_problem
    from judge.sandbox.docker import DockerPod, DockerSandbox, unavailable_reason

    if unavailable_reason() is not None:
        return
    problem = load_problem(problem_root)
    sandbox = DockerSandbox(park=idle_seconds())
    try:
        container_id = sandbox.leave_parked(DockerPod(sandbox, problem.limits)) if sandbox.park else None
    finally:
        sandbox.client.close()
    if container_id is not None:
        finish(container_id)


def sweep(client: docker.DockerClient) -> None:
    """Remove the parked containers whose zygote stopped waiting, and their pipes."""
    with contextlib.suppress(docker.errors.APIError):
        for summary in client.api.containers(all=True, filters={"label": LABEL, "status": "exited"}):
            discard(client, summary["Id"], pipes_folder(summary.get("Labels")))


def discard(client: docker.DockerClient, container_id: str, folder: str) -> None:
    with contextlib.suppress(docker.errors.APIError):
        client.api.remove_container(container_id, force=True)
    forget_pipes(folder)


def forget_pipes(folder: str) -> None:
    """Remove a removed parked container's pipes (the folder on its label, if it is one of ours)."""
    if folder and FifoFrames.ours(Path(folder)):
        shutil.rmtree(folder, ignore_errors=True)


def main(args: list[str]) -> None:
    """`--start ID`: a judge parked container ID; `--ahead ROOT`: park one for that problem."""
    if len(args) == 2 and args[0] == "--start":
        finish(args[1])
    elif len(args) == 2 and args[0] == "--ahead":
        park_for(Path(args[1]))


if __name__ == "__main__":
    main(sys.argv[1:])
