"""The local sandbox: the runner as a child process with rlimits.

It is NOT a security boundary: the child runs as the same user, sees the same
files and the network.  It keeps a candidate's own code from hanging or
exhausting the machine, and keeps the tests out of the submission's process.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from judge import resources
from judge.problem.model import Limits
from judge.sandbox import bytecode
from judge.sandbox.base import (
    CHUNK,
    Death,
    Exit,
    LineBuffer,
    Pod,
    Sandbox,
    Transport,
    TransportClosed,
    classify,
    read_line_by,
    write_by,
)
from judge.sandbox.process import ProcessPod

if TYPE_CHECKING:
    from judge.languages.base import Language

NOT_A_BOUNDARY = "local sandbox: a child process with rlimits, not a security boundary"


class LocalSandbox(Sandbox):
    name = "local"
    is_boundary = False

    def __init__(self, python: str = sys.executable):
        self.python = python
        self.servers = IdleServers(python)

    def open(self, limits: Limits, language: Language | None = None) -> Pod:
        if language is not None and not language.forks:  # a runner process per case, from the language's command
            return ProcessPod(language, limits, self.runner_limits(limits))
        return LocalPod(self.servers, limits)

    def runner_limits(self, limits: Limits) -> dict[str, int | float]:
        return local_limits(limits)

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "python": platform.python_version(), "boundary": False, "note": NOT_A_BOUNDARY}

    def close(self) -> None:
        self.servers.close()


class IdleServers:
    """Fork servers between submissions.  A fork server never runs a
    submission's code (each runner is a child that loads it), so one that
    served a submission whose runners all ended is as fresh as a new one,
    and the next submission (validate, batch, a server) skips its start.
    One submission at a time per server: a submission that kills its
    server cannot touch another's cases.  The judge's exit closes them
    (their control socket ends)."""

    MOST = 2

    def __init__(self, python: str):
        self.python = python
        self._lock = threading.Lock()
        self._idle: list[ForkServer] = []

    def take(self) -> ForkServer:
        with self._lock:
            while self._idle:
                server = self._idle.pop()
                if server.alive():
                    return server
                server.close()
        return ForkServer(self.python)

    def give_back(self, server: ForkServer) -> None:
        with self._lock:
            if server.alive() and len(self._idle) < self.MOST:
                self._idle.append(server)
                return
        server.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for server in idle:
            server.close()


class LocalPod(Pod):
    """A submission's runners, each a fresh child of a fork server, with
    channels, a folder and an output file of its own."""

    starts_ahead = 2  # the next cases' runners are forked while this one's runs: a short case outruns one start

    def __init__(self, servers: IdleServers, limits: Limits):
        self.servers = servers
        self.limits = limits
        self.server: ForkServer | None = None
        self.lock = threading.Lock()
        self.runners: list[LocalRunner] = []

    def start(self) -> Transport:
        with self.lock:  # runners are started ahead in threads: one server for them all
            if self.server is None or not self.server.alive():
                if self.server is not None:
                    self.server.close()
                self.server = self.servers.take()
            server = self.server
            runner = LocalRunner(server, self.limits)
            self.runners.append(runner)
        return runner

    def close(self) -> None:
        if self.server is None:
            return
        # Handed on only when every runner of this submission is known to
        # have ended (its exit reported): nothing of it is left in the server.
        if all(runner.exit is not None and runner.exit.death is not Death.SABOTAGED for runner in self.runners):
            self.servers.give_back(self.server)
        else:
            self.server.close()
        self.server = None
        self.runners = []


def runner_command(python: str) -> list[str]:
    # -s -S -P: no user site, no site-packages, no script directory on the
    # path.  Not -I: it would also ignore PYTHONHASHSEED, which keeps a
    # submission's set and dict orders the same on every run.
    for source in (resources.runner_path(), resources.protocol_path()):
        bytecode.cache_bytecode(source)
    return bytecode.launch(python, ["-s", "-S", "-P"], str(resources.runner_path()), [str(resources.protocol_path().parent)])


RUNNER_ENVIRONMENT = {
    "PATH": os.defpath,
    "LANG": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    # One malloc arena: per-thread arenas reserve 64 MiB of address
    # space each, which would make RLIMIT_AS mean less for threaded code.
    "MALLOC_ARENA_MAX": "1",
}
SERVER_WAIT = 10.0  # seconds for the fork server to answer; it never runs the submission's code


class ForkServerGone(OSError):
    """The fork server died (the submission may have killed its parent)."""


class ForkServer:
    """The runner in `--fork-server` mode, spoken to over a SEQPACKET socket."""

    def __init__(self, python: str):
        self.control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        with theirs:
            self.proc = subprocess.Popen(
                [*runner_command(python), "--fork-server"],
                stdin=theirs.fileno(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=RUNNER_ENVIRONMENT,
                start_new_session=True,  # Ctrl-C in the terminal is the judge's to handle
                close_fds=True,
            )
        self.ended: dict[int, int] = {}  # pid -> exit code, as reported
        self.unwanted: set[int] = set()  # runners whose exit code no one will ask for
        self.lock = threading.Lock()  # one conversation at a time: runners are started ahead in a thread

    def alive(self) -> bool:
        return self.proc.poll() is None

    def fork(self, folder: Path, fds: tuple[int, int, int]) -> int:
        """A new runner on `fds` (request read end, response write end, output file)."""
        with self.lock:
            return self._fork(folder, fds)

    def _fork(self, folder: Path, fds: tuple[int, int, int]) -> int:
        try:
            socket.send_fds(self.control, [json.dumps({"op": "fork", "dir": str(folder)}).encode()], list(fds))
        except OSError as exc:
            raise ForkServerGone(f"the fork server is gone: {exc}") from None
        deadline = time.monotonic() + SERVER_WAIT
        while True:
            pid = self._receive(deadline).get("pid")
            if isinstance(pid, int):
                return pid

    def exit_code(self, pid: int, deadline: float) -> int | None:
        """The runner's exit code once the server reports it; None if the
        server died first or said nothing by `deadline`."""
        with self.lock:
            return self._exit_code(pid, deadline)

    def _exit_code(self, pid: int, deadline: float) -> int | None:
        while pid not in self.ended:
            try:
                self._receive(deadline)
            except ForkServerGone:
                return None
        return self.ended.pop(pid)

    def alive_now(self, deadline: float) -> bool:
        """Whether the server answers a ping: a server a runner killed cannot
        (a process with SIGKILL pending runs no more of its own code), even
        before it is gone.  Cheaper than waiting for a runner's exit report."""
        with self.lock:
            try:
                self.control.send(b'{"op": "ping"}')
                while not self._receive(deadline).get("pong"):
                    pass
            except (OSError, ForkServerGone):
                return False
            return True

    def forget(self, pid: int) -> None:
        """No one will ask for `pid`'s exit code: its report is dropped when it comes."""
        with self.lock:
            if self.ended.pop(pid, None) is None:
                self.unwanted.add(pid)

    def _receive(self, deadline: float) -> dict[str, Any]:
        """The server's next message; `ended` reports are filed as they come."""
        wait = deadline - time.monotonic()
        try:
            answered = wait > 0 and bool(select.select([self.control], [], [], wait)[0])
            message = self.control.recv(1 << 16) if answered else None
        except (OSError, ValueError):  # ValueError: closed meanwhile (a dead server, replaced by another thread)
            message = b""
        if message is None:
            raise ForkServerGone("the fork server did not answer")
        if not message:
            raise ForkServerGone("the fork server is gone")
        data: dict[str, Any] = json.loads(message)
        if "ended" in data:
            pid = int(data["ended"])
            if pid in self.unwanted:
                self.unwanted.discard(pid)
            else:
                self.ended[pid] = int(data["code"])
        return data

    def close(self) -> None:
        self.control.close()  # the server sees EOF and kills what is left
        try:
            self.proc.wait(timeout=SERVER_WAIT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class LocalRunner(Transport):
    def __init__(self, server: ForkServer, limits: Limits):
        self.server = server
        self.output_cap = limits.output * 1024
        self.workdir = Path(tempfile.mkdtemp(prefix="judge-run-"))
        self.output_path = self.workdir / "output"
        request_read, self.stdin_fd = os.pipe()
        self.stdout_fd, response_write = os.pipe()
        output = os.open(self.output_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            self.pid = server.fork(self.workdir, (request_read, response_write, output))
        except BaseException:
            for fd in (self.stdin_fd, self.stdout_fd):
                os.close(fd)
            shutil.rmtree(self.workdir, ignore_errors=True)
            raise
        finally:
            for fd in (request_read, response_write, output):
                os.close(fd)
        os.set_blocking(self.stdin_fd, False)
        os.set_blocking(self.stdout_fd, False)
        self.output_fd = os.open(self.output_path, os.O_RDONLY)  # its size is read after every call: fstat, no path lookup
        self.buffer = LineBuffer()
        self.exit: Exit | None = None
        self.ended_itself = False  # its output ended or its input closed: it is gone, or going, on its own

    def send(self, data: bytes, deadline: float) -> None:
        try:
            write_by(deadline, data, self.stdin_fd, lambda view: os.write(self.stdin_fd, view))
        except TransportClosed:
            self.ended_itself = True
            raise

    def receive(self, deadline: float, cap: int) -> bytes:
        return read_line_by(deadline, cap, self.buffer, self.stdout_fd, self._pump)

    def _pump(self) -> None:
        chunk = os.read(self.stdout_fd, CHUNK)
        if not chunk:
            self.ended_itself = True
            raise TransportClosed()
        self.buffer.feed(chunk)

    def output_exceeded(self) -> bool:
        # Python ignores SIGXFSZ, so a write past RLIMIT_FSIZE fails with
        # EFBIG instead of killing the runner: the file's size tells.
        try:
            return os.fstat(self.output_fd).st_size >= self.output_cap
        except OSError:
            return False

    def close(self, reason: Death | None = None) -> Exit:
        if self.exit is None:
            self.exit = self._stop(reason)
        return self.exit

    def _stop(self, reason: Death | None) -> Exit:
        exceeded = self.output_exceeded()
        self._kill_group()  # alive or not: children it left in its group go too
        for fd in (self.stdin_fd, self.stdout_fd, self.output_fd):
            with contextlib.suppress(OSError):
                os.close(fd)
        returncode = self._exit_code(reason)
        shutil.rmtree(self.workdir, ignore_errors=True)
        if returncode is None:
            # Only the submission can have taken the server down (its parent).
            return Exit(Death.SABOTAGED, "the local sandbox's fork server was killed")
        return classify(returncode, Death.OUTPUT if exceeded and reason is None else reason)

    def _exit_code(self, reason: Death | None) -> int | None:
        """How the runner ended; None if the fork server is gone (only the
        submission can have killed it).  A runner that ended on its own is
        waited for: its exit code says why.  One the judge ended (the case is
        over, or a reason is given) was killed above, and what is left to know
        is only whether the server outlived the case: a ping says so without
        waiting for the killed process to be torn down (a millisecond per case)."""
        deadline = time.monotonic() + SERVER_WAIT
        if self.ended_itself and reason is None:
            return self.server.exit_code(self.pid, deadline)
        self.server.forget(self.pid)
        return -signal.SIGKILL if self.server.alive_now(deadline) else None

    def _kill_group(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signal.SIGKILL)


def local_limits(limits: Limits) -> dict[str, int | float]:
    """The rlimits the runner applies to itself before loading the submission."""
    wired: dict[str, int | float] = {
        "cpu": limits.time,
        # Address space, not resident memory: the interpreter's own mappings
        # need room beyond what the submission may use.
        "memory": (limits.memory + 96) * 1024 * 1024,
        "fsize": limits.output * 1024,
        "session_cpu": int(max(60, limits.time * 60)),
    }
    if os.geteuid() != 0:
        # RLIMIT_NPROC counts every process of the user, and root ignores it.
        wired["nproc"] = _user_process_count() + 64
    return wired


def _user_process_count() -> int:
    uid = os.geteuid()
    count = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                count += os.stat(f"/proc/{entry}").st_uid == uid
    return count
