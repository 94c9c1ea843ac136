"""The Docker sandbox: the runner in a locked-down container, one per runner.

The policy is declarative data (`DockerPolicy`), overridable per problem.
Each runner gets a fresh container: created, attached (before start, so the
ready frame is never lost), started, then killed and removed by the judge on
every path.  Containers carry a label so `judge sandbox clean` finds leftovers.
The protocol rides the attach stream: Docker multiplexes stdout (frames) and
stderr (the submission's prints, counted against the output cap).
"""

from __future__ import annotations

import contextlib
import hashlib
import select
import socket
import struct
import time
from dataclasses import dataclass, field, replace
from typing import Any

import docker
import docker.errors

from judge import resources
from judge.problem.model import Limits
from judge.sandbox.base import Death, Exit, LineBuffer, Sandbox, Transport, TransportClosed, TransportTimeout

IMAGE = "judge-python:latest"
LABEL = "org.judge.sandbox"
PYTHON_LABEL = "org.judge.python"
RUNNER_LABEL = "org.judge.runner"
RUNNER_IN_IMAGE = "/opt/judge/runner.py"
MEMORY_HEADROOM_MIB = 32  # the interpreter itself, beside what the submission may use
HEADER = struct.Struct(">BxxxL")
STDOUT, STDERR = 1, 2


@dataclass(frozen=True)
class DockerPolicy:
    """How a sandbox container is locked down; every field maps to a `docker run` flag."""

    network_mode: str = "none"
    read_only: bool = True
    tmpfs: dict[str, str] = field(default_factory=lambda: {"/tmp": "rw,nosuid,nodev,noexec,size=16m"})
    user: str = "10001:10001"
    cap_drop: tuple[str, ...] = ("ALL",)
    security_opt: tuple[str, ...] = ("no-new-privileges",)
    pids_limit: int = 64
    init: bool = True
    nano_cpus: int = 1_000_000_000  # one core: a submission cannot starve the judge
    log_driver: str = "none"  # the default json-file log would fill the host disk

    def run_options(self, limits: Limits) -> dict[str, Any]:
        memory = f"{limits.memory + MEMORY_HEADROOM_MIB}m"
        return {
            "network_mode": self.network_mode,
            "read_only": self.read_only,
            "tmpfs": dict(self.tmpfs),
            "user": self.user,
            "cap_drop": list(self.cap_drop),
            "security_opt": list(self.security_opt),
            "pids_limit": self.pids_limit,
            "init": self.init,
            "nano_cpus": self.nano_cpus,
            "mem_limit": memory,
            "memswap_limit": memory,  # equal: no swap to hide in
            "log_config": docker.types.LogConfig(type=self.log_driver),
            "working_dir": "/tmp",
            "environment": {"PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1", "LANG": "C.UTF-8", "HOME": "/tmp"},
        }


def runner_digest() -> str:
    """What the image must carry: the runner and protocol this judge speaks."""
    digest = hashlib.sha256()
    for path in (resources.runner_path(), resources.protocol_path()):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def connect() -> docker.DockerClient:
    return docker.from_env(timeout=30)


def unavailable_reason(image: str = IMAGE) -> str | None:
    """None when the Docker sandbox can run; else why not, in a phrase."""
    try:
        client = connect()
        client.ping()
    except Exception as exc:  # noqa: BLE001 - any failure here means "no engine"
        return f"no Docker engine is reachable ({type(exc).__name__})"
    try:
        labels = client.images.get(image).labels or {}
    except docker.errors.ImageNotFound:
        return f"the image {image} is not built (run `judge sandbox build`)"
    except docker.errors.APIError as exc:
        return f"the Docker engine failed: {exc.explanation or exc}"
    finally:
        client.close()
    if labels.get(RUNNER_LABEL) != runner_digest():
        return f"the image {image} holds another version of the runner (run `judge sandbox build`)"
    return None


class DockerSandbox(Sandbox):
    name = "docker"
    is_boundary = True

    def __init__(self, image: str = IMAGE, policy: DockerPolicy | None = None):
        self.image = image
        self.policy = policy or DockerPolicy()
        self.client = connect()
        self.labels = self.client.images.get(image).labels or {}

    def with_policy(self, **changes: Any) -> DockerSandbox:
        """The same sandbox with some policy fields changed (a problem's override)."""
        other = DockerSandbox.__new__(DockerSandbox)
        other.__dict__.update(self.__dict__, policy=replace(self.policy, **changes))
        return other

    def start(self, limits: Limits) -> Transport:
        return DockerRunner(self, limits)

    def runner_limits(self, limits: Limits) -> dict[str, int | float]:
        # No RLIMIT_AS and no RLIMIT_FSIZE: the memory cgroup (an OOM kill is
        # read from the container's state), the judge's count of stderr bytes
        # and the size of the /tmp tmpfs are the boundaries here.
        return {"cpu": limits.time, "session_cpu": int(max(60, limits.time * 60))}

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "python": self.labels.get(PYTHON_LABEL, "unknown"),
            "image": self.image,
            "boundary": True,
            "note": "docker sandbox: no network, read-only root, non-root, no capabilities",
        }

    def close(self) -> None:
        self.client.close()


class DockerRunner(Transport):
    def __init__(self, sandbox: DockerSandbox, limits: Limits):
        self.output_cap = limits.output * 1024
        self.output_bytes = 0
        self.buffer = LineBuffer()
        self.exit: Exit | None = None
        self.ended = False  # its stream closed: it died (or exited) by itself
        self._pending = b""  # a multiplexed frame cut between two reads
        self.container = sandbox.client.containers.create(
            sandbox.image,
            command=["python3", "-s", "-S", "-P", RUNNER_IN_IMAGE],
            stdin_open=True,
            labels={LABEL: "runner"},
            **sandbox.policy.run_options(limits),
        )
        try:
            self.attached = self.container.attach_socket(params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
            self.sock: socket.socket = self.attached._sock
            self.container.start()
        except BaseException:
            self._remove()
            raise

    def send(self, data: bytes, deadline: float) -> None:
        view = memoryview(data)
        while view:
            wait = deadline - time.monotonic()
            if wait <= 0:
                raise TransportTimeout()
            _, writable, _ = select.select([], [self.sock], [], wait)
            if writable:
                try:
                    view = view[self.sock.send(view[: 1 << 20]) :]
                except OSError:
                    raise TransportClosed() from None

    def receive(self, deadline: float, cap: int) -> bytes:
        while True:
            line = self.buffer.line(cap)
            if line is not None:
                return line
            wait = deadline - time.monotonic()
            if wait <= 0:
                raise TransportTimeout()
            readable, _, _ = select.select([self.sock], [], [], wait)
            if readable:
                self._demux(self._recv())
                if self.output_exceeded():
                    raise TransportClosed()  # close() says why: OUTPUT

    def _recv(self) -> bytes:
        try:
            chunk = self.sock.recv(1 << 20)
        except OSError:
            chunk = b""
        if not chunk:
            self.ended = True
            raise TransportClosed()
        return chunk

    def _demux(self, chunk: bytes) -> None:
        data = self._pending + chunk
        while len(data) >= HEADER.size:
            kind, size = HEADER.unpack_from(data)
            if len(data) < HEADER.size + size:
                break
            payload = data[HEADER.size : HEADER.size + size]
            data = data[HEADER.size + size :]
            if kind == STDOUT:
                self.buffer.feed(payload)
            elif kind == STDERR:
                self.output_bytes += len(payload)  # counted, not kept
        self._pending = data

    def output_exceeded(self) -> bool:
        return self.output_bytes >= self.output_cap

    def close(self, reason: Death | None = None) -> Exit:
        if self.exit is None:
            self.exit = self._stop(reason)
        return self.exit

    def _stop(self, reason: Death | None) -> Exit:
        self._hang_up()
        if reason is None and self.output_exceeded():
            reason = Death.OUTPUT
        if reason is not None or not self.ended:
            # Killed by the judge (time-out, flood) or closed after its case: nothing to read.
            self._remove()
            return Exit(reason or Death.EXITED, reason.value if reason else "closed by the judge")
        state = self._state()
        self._remove()
        if state.get("OOMKilled"):
            return Exit(Death.MEMORY, "killed by the container's memory limit")
        code = state.get("ExitCode")
        return classify_exit(code if isinstance(code, int) else -1)

    def _state(self) -> dict[str, Any]:
        # Wait briefly for the container to stop by itself: its state (OOM
        # killed or not) is only final once it has.
        # A timeout or a vanished container: read what there is.
        with contextlib.suppress(Exception):
            self.container.wait(timeout=2)
        try:
            self.container.reload()
            state = self.container.attrs.get("State", {})
            return state if isinstance(state, dict) else {}
        except docker.errors.APIError:
            return {}

    def _hang_up(self) -> None:
        # shutdown, not just close: the SDK's SocketIO keeps the fd open past
        # close(), and a daemon blocked writing a flood to us would then hold
        # up the container's removal.
        for end in (lambda: self.sock.shutdown(socket.SHUT_RDWR), self.sock.close, self.attached.close):
            with contextlib.suppress(OSError):
                end()

    def _remove(self) -> None:
        # Gone already, or the engine is stuck: either way `judge sandbox
        # clean` finds it by its label.
        with contextlib.suppress(Exception):
            self.container.remove(force=True)


def classify_exit(code: int) -> Exit:
    from judge.sandbox.local import classify

    # In a container, 128+N means "killed by signal N" (exit 137 alone is not
    # an OOM: the state said it was not).
    return classify(-(code - 128) if code > 128 else code, None)


def leftover_containers(client: docker.DockerClient) -> list[Any]:
    return list(client.containers.list(all=True, filters={"label": LABEL}))
