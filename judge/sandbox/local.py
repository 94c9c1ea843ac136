"""The local sandbox: the runner as a child process with rlimits.

It is NOT a security boundary: the child runs as the same user, sees the same
files and the network.  It keeps a candidate's own code from hanging or
exhausting the machine, and keeps the tests out of the submission's process.
"""

from __future__ import annotations

import contextlib
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from judge import resources
from judge.problem.model import Limits
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

NOT_A_BOUNDARY = "local sandbox: a child process with rlimits, not a security boundary"


class LocalSandbox(Sandbox):
    name = "local"
    is_boundary = False

    def __init__(self, python: str = sys.executable):
        self.python = python

    def open(self, limits: Limits) -> Pod:
        return LocalPod(self.python, limits)

    def runner_limits(self, limits: Limits) -> dict[str, int | float]:
        return local_limits(limits)

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "python": platform.python_version(), "boundary": False, "note": NOT_A_BOUNDARY}


class LocalPod(Pod):
    """A process per runner: nothing is shared between them to begin with."""

    def __init__(self, python: str, limits: Limits):
        self.python = python
        self.limits = limits

    def start(self) -> Transport:
        return LocalRunner(self.python, self.limits)


def runner_command(python: str) -> list[str]:
    # -s -S -P: no user site, no site-packages, no script directory on the
    # path.  Not -I: it would also ignore PYTHONHASHSEED, which keeps a
    # submission's set and dict orders the same on every run.
    return [python, "-s", "-S", "-P", str(resources.runner_path()), str(resources.protocol_path().parent)]


class LocalRunner(Transport):
    def __init__(self, python: str, limits: Limits):
        self.output_cap = limits.output * 1024
        self.workdir = Path(tempfile.mkdtemp(prefix="judge-run-"))
        self.output_path = self.workdir / "output"
        env = {
            "PATH": os.defpath,
            "LANG": "C.UTF-8",
            "PYTHONHASHSEED": "0",
            "PYTHONDONTWRITEBYTECODE": "1",
            # One malloc arena: per-thread arenas reserve 64 MiB of address
            # space each, which would make RLIMIT_AS mean less for threaded code.
            "MALLOC_ARENA_MAX": "1",
            "HOME": str(self.workdir),
            "TMPDIR": str(self.workdir),
        }
        with open(self.output_path, "wb") as output:
            self.proc = subprocess.Popen(
                runner_command(python),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=output,
                cwd=self.workdir,
                env=env,
                start_new_session=True,  # its own process group, killed whole
                close_fds=True,
            )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin_fd = self.proc.stdin.fileno()
        self.stdout_fd = self.proc.stdout.fileno()
        os.set_blocking(self.stdin_fd, False)
        os.set_blocking(self.stdout_fd, False)
        self.buffer = LineBuffer()
        self.exit: Exit | None = None

    def send(self, data: bytes, deadline: float) -> None:
        write_by(deadline, data, self.stdin_fd, lambda view: os.write(self.stdin_fd, view))

    def receive(self, deadline: float, cap: int) -> bytes:
        return read_line_by(deadline, cap, self.buffer, self.stdout_fd, self._pump)

    def _pump(self) -> None:
        chunk = os.read(self.stdout_fd, CHUNK)
        if not chunk:
            raise TransportClosed()
        self.buffer.feed(chunk)

    def output_exceeded(self) -> bool:
        # Python ignores SIGXFSZ, so a write past RLIMIT_FSIZE fails with
        # EFBIG instead of killing the runner: the file's size tells.
        try:
            return self.output_path.stat().st_size >= self.output_cap
        except OSError:
            return False

    def close(self, reason: Death | None = None) -> Exit:
        if self.exit is None:
            self.exit = self._stop(reason)
        return self.exit

    def _stop(self, reason: Death | None) -> Exit:
        exceeded = self.output_exceeded()
        self._kill_group()  # alive or not: children it left in its group go too
        returncode = self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        shutil.rmtree(self.workdir, ignore_errors=True)
        return classify(returncode, Death.OUTPUT if exceeded and reason is None else reason)

    def _kill_group(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)


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
