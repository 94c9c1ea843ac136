"""The Docker sandbox: a locked-down container per submission.

The policy is declarative data (`DockerPolicy`), overridable per problem.
The container runs the runner in zygote mode: every case gets a freshly
forked runner, and after each the zygote kills strays and empties /tmp.  A
time-out, an output flood or an OOM kill throws the container away and the
next case gets a new one.  The judge kills and removes its containers on
every path; they carry a label so `judge sandbox clean` finds leftovers.
The protocol rides the attach stream: Docker multiplexes stdout (frames) and
stderr (the submission's prints, counted against the output cap).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import select
import socket
import struct
import threading
import time
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import docker
import docker.constants
import docker.errors
import requests

from judge import protocol, resources
from judge.background import InThread
from judge.errors import SandboxUnavailable
from judge.languages.python import IMAGE_COMMAND
from judge.problem.model import Limits
from judge.sandbox import fifo, parking
from judge.sandbox.base import (
    CHUNK,
    Death,
    Exit,
    LineBuffer,
    Pod,
    Sandbox,
    Transport,
    TransportClosed,
    TransportTimeout,
    classify,
    read_line_by,
    write_by,
)
from judge.sandbox.fifo import FifoFrames

if TYPE_CHECKING:
    from judge.languages.base import Language

IMAGE_REPOSITORY = "judge-python"
LABEL = "org.judge.sandbox"
INSTANCE_LABEL = "org.judge.instance"
PYTHON_LABEL = "org.judge.python"
RUNNER_LABEL = "org.judge.runner"
MEMORY_HEADROOM_MIB = 32  # the interpreter itself, beside what the submission may use
HEADER = struct.Struct(">BxxxL")
PIPED_COMMAND = (*IMAGE_COMMAND, f"--frames={fifo.MOUNT}")  # the Python runner's frames on named pipes
STDOUT, STDERR = 1, 2


def on_pipes(command: list[str]) -> list[str]:
    """Another language's supervisor with its frames on the named pipes: its
    stdin and stdout become them before it starts, as the Python runner's
    `--frames` makes them its own fds 0 and 1 (the judge holds both ends, so
    neither open blocks), and every runner it forks inherits them.  Its
    stderr, the submission's prints, stays on the attach stream, counted."""
    requests, responses = f"{fifo.MOUNT}/{fifo.REQUESTS}", f"{fifo.MOUNT}/{fifo.RESPONSES}"
    return ["/bin/sh", "-c", f'exec "$@" <{requests} >{responses}', "sh", *command]


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


def pipes_possible(client: docker.DockerClient) -> bool:
    """Whether frames can take named pipes (judge/sandbox/fifo.py): the
    judge is root (to give the pipes to the container's user), the engine
    is on this machine (a unix socket), and it maps no user namespace."""
    if os.geteuid() != 0 or not str(client.api.base_url).startswith("http+docker://"):
        return False
    try:
        options = client.info().get("SecurityOptions") or []
    except docker.errors.APIError:
        return False
    return not any("userns" in str(option) or "rootless" in str(option) for option in options)


def connect() -> docker.DockerClient:
    """A client of the engine the environment names.  An engine that is there
    but does not answer (CI's, starting containers for two test workers, once
    failed one version request) is asked again, CONNECT_RETRIES times; one
    whose socket does not exist is not, so a machine without Docker hears so at once."""
    for delay in CONNECT_RETRIES:
        try:
            return _client()
        except docker.errors.DockerException:
            if not _engine_may_be_there():
                raise
        time.sleep(delay)
    return _client()


def _client() -> docker.DockerClient:
    """What docker.from_env makes, its one request (the engine's API version)
    made too without reading the environment: from_env would make it before
    a caller could say so."""
    probe = _without_environment_lookups(docker.from_env(version=docker.constants.MINIMUM_DOCKER_API_VERSION, timeout=30))
    try:
        version = server_version(probe)
    finally:
        probe.close()
    return _without_environment_lookups(docker.from_env(version=version, timeout=30))


def server_version(client: docker.DockerClient) -> str:
    """The newest API version the engine speaks, as from_env asks it (an engine that does not answer: DockerException)."""
    try:
        return str(client.api.version(api_version=False)["ApiVersion"])
    except (docker.errors.DockerException, OSError, KeyError, requests.RequestException) as exc:
        raise docker.errors.DockerException(f"Error while fetching server API version: {exc}") from exc


def _without_environment_lookups(client: docker.DockerClient) -> docker.DockerClient:
    """The client's requests no longer read proxies, .netrc and CA bundles
    from the environment.  requests walks the whole of os.environ for its
    proxies on every request, from the judge's threads (runners started
    ahead, containers removed) while grading removes names in the main
    thread: in CI a container's creation failed with KeyError: 'CI'.  The
    engine's own address, TLS and timeouts are what from_env already read."""
    client.api.trust_env = False
    return client


CONNECT_RETRIES = (1.0, 2.0)  # seconds before each new attempt


def _engine_may_be_there() -> bool:
    """False when the engine's address is a Unix socket that does not exist."""
    host = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    return not host.startswith("unix://") or Path(host.removeprefix("unix://")).exists()


def unreachable(exc: BaseException) -> str:
    """Why no engine answered, in a phrase (the library's reason, capped: it can quote a whole response)."""
    reason = " ".join(str(exc).split())[:REASON_CAP]
    return f"no Docker engine is reachable ({type(exc).__name__}{': ' + reason if reason else ''})"


REASON_CAP = 160


def default_image() -> str:
    """The image for this judge's runner: tagged by its digest, so judges of
    different versions on one engine each find their own."""
    return f"{IMAGE_REPOSITORY}:{runner_digest()}"


def unavailable_reason(image: str | None = None, language: Language | None = None) -> str | None:
    """None when the Docker sandbox can run (`language`'s image, when one is named); else why not, in a phrase."""
    other = language is not None and not language.forks  # Python's image is this module's own
    image = language.image_tag() if language is not None and other else image or default_image()
    digest = language.runner_digest() if language is not None and other else runner_digest()
    build = f"judge sandbox build --lang {language.name}" if language is not None and other else "judge sandbox build"
    try:
        client = connect()
        client.ping()
    except Exception as exc:  # noqa: BLE001 - any failure here means "no engine"
        return unreachable(exc)
    try:
        labels = client.images.get(image).labels or {}
    except docker.errors.ImageNotFound:
        return f"the image {image} is not built (run `{build}`)"
    except docker.errors.APIError as exc:
        return f"the Docker engine failed: {exc.explanation or exc}"
    finally:
        client.close()
    if labels.get(RUNNER_LABEL) != digest:
        return f"the image {image} holds another version of the runner (run `{build}`)"
    return None


class DockerSandbox(Sandbox):
    name = "docker"
    is_boundary = True

    def __init__(self, image: str | None = None, policy: DockerPolicy | None = None, frames: str = "auto", park: int = 0):
        """`frames`: "auto" sends the Python runner's frames through named
        pipes where the judge can make them the container user's (see
        judge/sandbox/fifo.py), "attach" always through the attach stream.
        `park`: seconds a container left for the next judge waits for it
        (judge/sandbox/parking.py); 0, the default, leaves none."""
        image = image or default_image()
        self.image = image
        self.policy = policy or DockerPolicy()
        self.client = connect()
        found = self.client.images.get(image)
        self.labels = found.labels or {}
        self.image_id = str(found.id)  # a rebuilt image keeps its tag: a container of the old one is another kind
        self.pipes = frames == "auto" and pipes_possible(self.client)
        self.instance = uuid.uuid4().hex[:12]  # tells this judge's containers from another's
        self.removals: list[threading.Thread] = []  # containers going away while the judge goes on
        self.spares = Spares()
        self.park = park if self.pipes else 0
        self.claimed_kinds: set[tuple[Any, ...]] = set()  # one claim per kind: a second finds none
        self.adopted: list[str] = []  # parked by another judge, ours now: no instance label of ours
        self.to_park: DockerPod | None = None  # the first pod that could park: the kind the next judge wants

    def with_policy(self, **changes: Any) -> DockerSandbox:
        """The same sandbox with some policy fields changed (a problem's override)."""
        other = DockerSandbox.__new__(DockerSandbox)
        other.__dict__.update(self.__dict__, policy=replace(self.policy, **changes))
        return other

    def open(self, limits: Limits, language: Language | None = None) -> Pod:
        if language is not None and not language.forks:
            problem = unavailable_reason(language=language)
            if problem is not None:
                raise SandboxUnavailable(f"the docker sandbox cannot run {language.name}: {problem}")
        return DockerPod(self, limits, language)

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

    def keep_spare(self) -> None:
        """Grade many submissions (batch, validate, a server): each pod's
        container is started while the previous submission is graded.  A
        spare never ran anything but the runner: a fresh state still."""
        self.spares.wanted = True

    def remove_later(self, channel: Channel) -> None:
        """Removing a container takes a tenth of a second the verdict need
        not wait for; `close` (and `leftovers`) wait for it."""
        thread = threading.Thread(target=channel.remove, name="judge-remove", daemon=True)
        thread.start()
        self.removals[:] = [t for t in self.removals if t.is_alive()] + [thread]  # shared with `with_policy` copies

    def wait_for_removals(self) -> None:
        while self.removals:
            self.removals.pop().join(timeout=30)

    def leftovers(self) -> list[Any]:
        """Containers this sandbox started or adopted that still exist (none, after grading)."""
        self.wait_for_removals()
        found = labelled(self.client, f"{INSTANCE_LABEL}={self.instance}")
        for container_id in self.adopted:
            with contextlib.suppress(docker.errors.NotFound):
                found.append(self.client.containers.get(container_id))
        return found

    def parks(self, language: Language | None) -> bool:
        """Whether pods in `language` leave a container for the next judge (the Python zygote's only)."""
        return self.park > 0 and (language is None or language.forks)

    def adopt(self, pod: DockerPod) -> Channel | None:
        """The container another judge parked for this pod's kind, ready; None when there is none."""
        kind = pod.key()
        if not self.parks(pod.language) or kind in self.claimed_kinds:
            return None
        self.claimed_kinds.add(kind)
        container = parking.claim(self.client, kind, f"judge-{self.instance}-{uuid.uuid4().hex[:8]}")
        if container is None:
            return None
        self.adopted.append(container.id)
        try:
            if container.status == "created":  # the judge that parked it was gone before its start
                container.start()
            channel = Channel(self, pod.limits, pod.language, parked=container)
        except (OSError, docker.errors.APIError):
            parking.discard(self.client, container.id, parking.pipes_folder(container.labels))
            return None
        try:
            channel.send(protocol.dump_frame({"id": None, "op": "adopt"}), time.monotonic() + 2)
            channel.expect_ready(wait=2, zygote=True)
        except (OSError, TransportClosed, TransportTimeout, protocol.ProtocolError):
            self.remove_later(channel)  # it stopped waiting as we came, or it is not what its label says
            return None
        return channel

    def leave_parked(self, pod: DockerPod) -> str | None:
        """Create a container for the next judge of `pod`'s kind, named for
        that kind; its id, for a detached process to start (this judge need
        not wait a quarter of a second to exit).  None if none was left."""
        try:
            frames = self.new_frames()
        except OSError:  # no room for two pipes: the next judge starts its own container
            return None
        frames.hang_up()  # the zygote's first open waits for the next judge's
        labels = self.labels_for(**{parking.LABEL: str(frames.folder)})
        command = [*PIPED_COMMAND, f"--park={self.park}"]
        name = parking.parked_name(pod.key())
        options = self.policy.run_options(pod.limits) | {"volumes": frames.mount(), "labels": labels, "name": name}
        try:
            container = self.client.containers.create(self.image, command=command, stdin_open=True, **options)
        except docker.errors.APIError:  # one is parked for this kind already (409), or the engine fails: none left
            frames.remove()
            return None
        return str(container.id)

    def new_frames(self) -> FifoFrames:
        """Named pipes for a new container, its user's own."""
        uid, _, gid = self.policy.user.partition(":")
        return FifoFrames(int(uid), int(gid or uid))

    def labels_for(self, **extra: str) -> dict[str, str]:
        """A new container's labels: the judge's, this sandbox's instance (`judge sandbox clean`, `leftovers`)."""
        return {LABEL: "runner", INSTANCE_LABEL: self.instance, **extra}

    def close(self) -> None:
        for channel in self.spares.drain():
            self.remove_later(channel)
        if self.to_park is not None:
            parked = self.leave_parked(self.to_park)
            if parked is not None:
                parking.start_detached(parked)
            self.to_park = None
        self.wait_for_removals()
        self.client.close()


class Spares:
    """Containers started ahead: one for each kind of pod (image, policy,
    limits, language) lately opened, the next pod of that kind takes it.
    Kinds alternate (a Java candidate and its Python reference in a ladder),
    so each keeps its own; the oldest goes when more kinds than MOST come."""

    MOST = 3

    def __init__(self) -> None:
        self.wanted = False
        self._lock = threading.Lock()
        self._ready: dict[tuple[Any, ...], InThread[Channel]] = {}  # insertion order: oldest first

    def take(self, key: tuple[Any, ...]) -> Channel | None:
        with self._lock:
            spare = self._ready.pop(key, None)
        return spare.made() if spare is not None else None  # one that failed to start: the pod meets the error itself

    def start(self, key: tuple[Any, ...], make: Any) -> None:
        with self._lock:  # started before another thread can find it and join it
            if key in self._ready:
                return
            self._ready[key] = InThread(make, "judge-spare")
            evicted = [self._ready.pop(k) for k in list(self._ready)[: max(0, len(self._ready) - self.MOST)]]
        for spare in evicted:
            channel = spare.made()
            if channel is not None:
                channel.remove()

    def drain(self) -> list[Channel]:
        with self._lock:
            spares, self._ready = list(self._ready.values()), {}
        return [c for c in (spare.made() for spare in spares) if c is not None]


class DockerPod(Pod):
    """One container per submission, its runner in zygote mode: each case
    gets a freshly forked runner, and the zygote cleans up after it."""

    def __init__(self, sandbox: DockerSandbox, limits: Limits, language: Language | None = None):
        self.sandbox = sandbox
        self.limits = limits
        self.language = language
        self.channel: Channel | None = None

    def start(self) -> Transport:
        if self.channel is None:
            key = self.key()
            self.channel = self.sandbox.spares.take(key) or self.sandbox.adopt(self) or self.new_channel()
            if self.sandbox.spares.wanted:
                self.sandbox.spares.start(key, self.new_channel)
            if self.sandbox.to_park is None and self.sandbox.parks(self.language):
                self.sandbox.to_park = self
        self.channel.output_bytes = 0
        self.channel.send(protocol.dump_frame({"id": None, "op": "fork"}), time.monotonic() + 10)
        return ForkedRunner(self, self.channel)

    def key(self) -> tuple[Any, ...]:
        """What makes two pods' containers alike (no language is Python's)."""
        return (self.sandbox.image_id, repr(self.sandbox.policy), self.limits, self.language.name if self.language else "python")

    def new_channel(self) -> Channel:
        channel = Channel(self.sandbox, self.limits, self.language)
        try:
            channel.expect_ready(zygote=True)
        except BaseException:
            channel.remove()
            raise
        return channel

    def recycle(self) -> None:
        """Throw the container away: the next runner gets a new one."""
        if self.channel is not None:
            self.channel.hang_up()
            self.sandbox.remove_later(self.channel)
            self.channel = None

    def close(self) -> None:
        self.recycle()


class Channel:
    """A container and its attach stream: frames in on stdout (or on named
    pipes: judge/sandbox/fifo.py), the submission's prints counted on stderr."""

    def __init__(self, sandbox: DockerSandbox, limits: Limits, language: Language | None = None, parked: Any = None):
        """A new container, or with `parked` one another judge left (judge/sandbox/parking.py)."""
        self.output_cap = limits.output * 1024
        self.output_bytes = 0
        self.buffer = LineBuffer()
        self.closed = False
        self._pending = b""  # a multiplexed frame cut between two reads
        self.pipes: FifoFrames | None = None
        self._epoll: select.epoll | None = None
        if parked is not None:
            self._reopen(parked)
        else:
            self._start(sandbox, limits, language)
        if self.pipes is not None:
            # select() on one object for both sources: the epoll fd is readable when either is.
            self._epoll = select.epoll()
            for fd in (self.pipes.response_fd, self.sock.fileno()):
                self._epoll.register(fd, select.EPOLLIN)

    def _start(self, sandbox: DockerSandbox, limits: Limits, language: Language | None) -> None:
        image, command, options = sandbox.image, list(IMAGE_COMMAND), {}
        if language is not None and not language.forks:  # another language's image and supervisor, its runtime's own memory
            image, command = language.image_tag(), language.image_command(limits)
            options = sandbox.policy.run_options(replace(limits, memory=limits.memory + language.memory_headroom - MEMORY_HEADROOM_MIB))
            options["tmpfs"] = {**options["tmpfs"], **language.tmpfs}  # a compiled submission's scratch (exec)
            if sandbox.pipes:
                command = on_pipes(command)
        elif sandbox.pipes:
            command = list(PIPED_COMMAND)  # the Python runner opens them itself
        if sandbox.pipes:
            self.pipes = sandbox.new_frames()
            options["volumes"] = self.pipes.mount()
        try:
            self._create(sandbox, limits, image, command, options | {"labels": sandbox.labels_for()})
        except BaseException:
            if self.pipes is not None:
                self.pipes.remove()
            raise

    def _reopen(self, container: Any) -> None:
        self.pipes = FifoFrames.existing(Path(parking.pipes_folder(container.labels)))
        if self.pipes is None:
            raise OSError("a parked container without its pipes")
        self.container = container
        try:
            self._attach()
        except BaseException:
            self.pipes.hang_up()
            raise

    @property
    def waitable(self) -> Any:
        """What `select` waits on for the next frame: the attach socket, or both it and the pipe."""
        return self._epoll if self._epoll is not None else self.sock

    def _create(self, sandbox: DockerSandbox, limits: Limits, image: str, command: list[str], options: dict[str, Any]) -> None:
        self.container = sandbox.client.containers.create(
            image, command=command, stdin_open=True, **(sandbox.policy.run_options(limits) | options)
        )
        try:
            self._attach()  # before start, so the first frame is never lost
            self.container.start()
        except BaseException:
            self.remove()
            raise

    def _attach(self) -> None:
        self.attached = self.container.attach_socket(params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
        self.sock: socket.socket = self.attached._sock

    def expect_ready(self, wait: float = 30, **fields: Any) -> None:
        line = self.receive(time.monotonic() + wait, protocol.MAX_FRAME_BYTES)
        frame = protocol.load_frame(line)
        if frame.get("ready") != protocol.VERSION or any(frame.get(k) != v for k, v in fields.items()):
            raise OSError(f"the sandbox container did not start its runner: {line[:200]!r}")
        if self.pipes is not None:
            self._settle_pipes()

    def _settle_pipes(self) -> None:
        assert self.pipes is not None and self._epoll is not None
        self._epoll.unregister(self.pipes.response_fd)
        self.pipes.settle()
        self._epoll.register(self.pipes.response_fd, select.EPOLLIN)

    def send(self, data: bytes, deadline: float) -> None:
        try:
            if self.pipes is not None:
                fd = self.pipes.request_fd
                write_by(deadline, data, fd, lambda view: os.write(fd, view))
            else:
                # MSG_DONTWAIT: a full socket says so instead of blocking past the deadline.
                write_by(deadline, data, self.sock, lambda view: self.sock.send(view, socket.MSG_DONTWAIT))
        except TransportClosed:
            self.closed = True
            raise

    def receive(self, deadline: float, cap: int) -> bytes:
        return read_line_by(deadline, cap, self.buffer, self.waitable, self._pump)

    def _pump(self) -> None:
        if self.pipes is None or self._epoll is None:
            self._pump_attached()
            return
        for fd, _ in self._epoll.poll(0):
            if fd == self.pipes.response_fd:
                self._pump_pipe()
            else:
                self._pump_attached()

    def _pump_pipe(self) -> None:
        assert self.pipes is not None
        try:
            chunk = os.read(self.pipes.response_fd, CHUNK)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:  # every writer gone: the runner's end
            self.closed = True
            raise TransportClosed()
        self.buffer.feed(chunk)

    def _pump_attached(self) -> None:
        try:
            chunk = self.sock.recv(CHUNK)
        except OSError:
            chunk = b""
        if not chunk:
            self.closed = True
            raise TransportClosed()
        self._demux(chunk)
        if self.output_bytes >= self.output_cap:
            raise TransportClosed()  # the runner's close() says why: OUTPUT

    def _demux(self, chunk: bytes) -> None:
        data = self._pending + chunk
        while len(data) >= HEADER.size:
            kind, size = HEADER.unpack_from(data)
            if len(data) < HEADER.size + size:
                break
            payload = data[HEADER.size : HEADER.size + size]
            data = data[HEADER.size + size :]
            if kind == STDOUT and self.pipes is None:
                self.buffer.feed(payload)
            elif kind in (STDOUT, STDERR):
                # Counted, not kept.  With the pipes, the container's stdout
                # is no frame: only what reopens it (/proc/1/fd/1) writes there.
                self.output_bytes += len(payload)
        self._pending = data

    def oom_killed(self, wait: float = 0.0) -> bool:
        """The container's own word; Docker learns of an OOM kill a moment late."""
        deadline = time.monotonic() + wait
        while True:
            with contextlib.suppress(Exception):
                self.container.reload()
                if self.container.attrs.get("State", {}).get("OOMKilled"):
                    return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)

    def exit_code(self) -> int:
        # A timeout or a vanished container: read what there is.
        with contextlib.suppress(Exception):
            self.container.wait(timeout=2)
        with contextlib.suppress(Exception):
            self.container.reload()
            code = self.container.attrs.get("State", {}).get("ExitCode")
            return code if isinstance(code, int) else -1
        return -1

    def remove(self) -> None:
        self.hang_up()
        # Gone already, or the engine is stuck: either way `judge sandbox
        # clean` finds it by its label.
        with contextlib.suppress(Exception):
            self.container.remove(force=True)
        if self.pipes is not None:
            self.pipes.remove()
        if self._epoll is not None:
            self._epoll.close()
            self._epoll = None

    def hang_up(self) -> None:
        # shutdown, not just close: the SDK's SocketIO keeps the fd open past
        # close(), and a daemon blocked writing a flood to us would then hold
        # up the container's removal.
        if self.pipes is not None:
            self.pipes.hang_up()
        if hasattr(self, "sock"):
            for end in (lambda: self.sock.shutdown(socket.SHUT_RDWR), self.sock.close, self.attached.close):
                with contextlib.suppress(OSError):
                    end()


ENDED = b'{"id":null,"ended":'


class ForkedRunner(Transport):
    """One case's runner: a child of the container's zygote."""

    def __init__(self, pod: DockerPod, channel: Channel):
        self.pod = pod
        self.channel = channel
        self.ended: int | None = None  # the child's exit code, once the zygote reports it
        self.oom: bool | None = None  # whether the container's OOM counter rose meanwhile
        self.exit: Exit | None = None

    def send(self, data: bytes, deadline: float) -> None:
        if self.ended is not None:
            raise TransportClosed()
        self.channel.send(data, deadline)

    def receive(self, deadline: float, cap: int) -> bytes:
        if self.ended is not None:
            raise TransportClosed()
        line = self.channel.receive(deadline, cap)
        if line.startswith(ENDED):
            self.ended, self.oom = _ended(line)
            raise TransportClosed()
        return line

    def output_exceeded(self) -> bool:
        return self.channel.output_bytes >= self.channel.output_cap

    def close(self, reason: Death | None = None) -> Exit:
        if self.exit is None:
            self.exit = self._stop(reason)
        return self.exit

    def _stop(self, reason: Death | None) -> Exit:
        if reason is None and self.output_exceeded():
            reason = Death.OUTPUT
        if reason is not None:
            self.pod.recycle()  # the child may still run: the container goes
            return Exit(reason, reason.value)
        if self.channel.closed:  # the zygote itself is gone
            memory = self.channel.oom_killed()
            code = self.channel.exit_code()
            self.pod.recycle()
            return Exit(Death.MEMORY, "killed by the container's memory limit") if memory else classify_exit(code)
        if self.ended is None:
            return self._finish()
        if self.oom or (self.oom is None and self.ended == -9 and self.channel.oom_killed(wait=1.0)):
            return Exit(Death.MEMORY, "killed by the container's memory limit")
        language = self.pod.language  # a runtime's own way of dying (V8 aborts when its heap is full: MLE)
        return classify(self.ended, language.death(self.ended) if language is not None else None)

    def _finish(self) -> Exit:
        """A live runner whose case is over: ask it to exit, wait for the zygote's word."""
        deadline = time.monotonic() + 5
        try:
            self.channel.send(protocol.dump_frame({"id": None, "op": "exit"}), deadline)
            while not self.channel.receive(deadline, protocol.MAX_FRAME_BYTES).startswith(ENDED):
                pass
        except (TransportClosed, TransportTimeout, protocol.FrameTooLarge):
            # Only the submission can have taken the zygote down (it runs
            # as the same user): whatever its answers were, the case is RE.
            self.pod.recycle()
            return Exit(Death.SABOTAGED, "the sandbox's supervisor process was killed during the case")
        return Exit(Death.EXITED, "closed by the judge")


def _ended(line: bytes) -> tuple[int, bool | None]:
    """The zygote's report: the child's exit code, and whether the
    container's OOM-kill counter rose while it ran (None: unknown)."""
    try:
        ended = protocol.load_frame(line).get("ended", {})
        code, oom = ended.get("code"), ended.get("oom")
    except (protocol.ProtocolError, AttributeError):
        return -1, None
    return (code if isinstance(code, int) else -1), (oom if isinstance(oom, bool) else None)


def classify_exit(code: int) -> Exit:
    # In a container, 128+N means "killed by signal N" (exit 137 alone is not
    # an OOM: the state said it was not).
    return classify(-(code - 128) if code > 128 else code, None)


def leftover_containers(client: docker.DockerClient) -> list[Any]:
    return labelled(client, LABEL)


def labelled(client: docker.DockerClient, label: str) -> list[Any]:
    """The containers with this label, each inspected.  The SDK's own list
    inspects each one it listed and fails on one removed in between (the
    engine lists a container while it is being removed): skip it, it is gone."""
    found = []
    for summary in client.api.containers(all=True, filters={"label": label}):
        with contextlib.suppress(docker.errors.NotFound):
            found.append(client.containers.get(summary["Id"]))
    return found
