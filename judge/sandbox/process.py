"""The local sandbox for a language whose runner cannot fork itself (JavaScript, ...):
a fresh runner process per case, started from the language's command.

Like the fork server's children it is NOT a security boundary: the process
runs as the judge's user.  It gets rlimits (CPU, file size, processes, no
core files, an address-space backstop), its own session and folder, and its
prints go to a capped file, never to the protocol pipe.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from judge.problem.model import Limits
from judge.sandbox.base import CHUNK, Death, Exit, LineBuffer, Pod, Transport, TransportClosed, classify, read_line_by, write_by

if TYPE_CHECKING:
    from judge.languages.base import Language

ADDRESS_SPACE_EXTRA_MIB = 1536  # V8 reserves its code range and more beyond the heap it may fill
REAP_SECONDS = 5.0


class ProcessPod(Pod):
    def __init__(self, language: Language, limits: Limits, wired: dict[str, int | float]):
        self.language = language
        self.limits = limits
        self.wired = wired

    def start(self) -> Transport:
        return ProcessRunner(self.language, self.limits, self.wired)


class ProcessRunner(Transport):
    """One runner process: requests on its stdin, frames on its stdout, prints in a file."""

    def __init__(self, language: Language, limits: Limits, wired: dict[str, int | float]):
        self.language = language
        self.output_cap = limits.output * 1024
        self.workdir = Path(tempfile.mkdtemp(prefix="judge-run-"))
        self.output_path = self.workdir / "output"
        self.exit: Exit | None = None
        self.buffer = LineBuffer()
        environment = {"PATH": os.defpath + ":" + os.path.dirname(shutil.which(language.runtime) or "/usr/bin")}
        environment |= {"LANG": "C.UTF-8", "HOME": str(self.workdir), "TMPDIR": str(self.workdir)}
        with open(self.output_path, "wb") as output:
            self.proc = subprocess.Popen(
                language.local_command(limits),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=output,
                cwd=self.workdir,
                env=environment,
                start_new_session=True,  # its own process group: killed whole, and Ctrl-C is the judge's
            )
        if language.compile_file_size and wired.get("fsize"):
            # A compiler writes files past the output cap: the runner lowers the limit again before the submission runs.
            wired = {**wired, "fsize": max(int(wired["fsize"]), language.compile_file_size * 1024 * 1024)}
        _limit(self.proc.pid, wired, limits)  # before the submission is sent (no preexec_fn: the judge has threads)
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin_fd = self.proc.stdin.fileno()
        self.stdout_fd = self.proc.stdout.fileno()
        os.set_blocking(self.stdin_fd, False)
        os.set_blocking(self.stdout_fd, False)

    def send(self, data: bytes, deadline: float) -> None:
        write_by(deadline, data, self.stdin_fd, lambda view: os.write(self.stdin_fd, view))

    def receive(self, deadline: float, cap: int) -> bytes:
        return read_line_by(deadline, cap, self.buffer, self.stdout_fd, self._pump)

    def _pump(self) -> None:
        try:
            chunk = os.read(self.stdout_fd, CHUNK)
        except OSError:
            chunk = b""
        if not chunk:
            raise TransportClosed()
        self.buffer.feed(chunk)

    def output_exceeded(self) -> bool:
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
        if reason is None and self.proc.poll() is None:
            # A live runner whose case is over: EOF asks it to leave.
            with contextlib.suppress(OSError):
                self.proc.stdin.close()  # type: ignore[union-attr]
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=0.5)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)  # the runner and whatever it left in its group
        returncode = self.proc.wait(timeout=REAP_SECONDS)
        for stream in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError):
                stream.close()  # type: ignore[union-attr]
        shutil.rmtree(self.workdir, ignore_errors=True)
        if reason is None and exceeded:
            reason = Death.OUTPUT
        if reason is None:
            reason = self.language.death(returncode)
        return classify(returncode, reason)


def _limit(pid: int, wired: dict[str, int | float], limits: Limits) -> None:
    """The runner's rlimits, set from outside (Node cannot set its own)."""
    wanted = {
        resource.RLIMIT_CORE: 0,
        resource.RLIMIT_CPU: wired.get("session_cpu"),
        resource.RLIMIT_FSIZE: wired.get("fsize"),
        resource.RLIMIT_NPROC: wired.get("nproc"),
        resource.RLIMIT_AS: (limits.memory + ADDRESS_SPACE_EXTRA_MIB) * 1024 * 1024,
    }
    for which, value in wanted.items():
        if isinstance(value, int) and (value > 0 or which == resource.RLIMIT_CORE):
            _, hard = resource.getrlimit(which)  # the child's hard limits are ours
            capped = value if hard == resource.RLIM_INFINITY else min(value, hard)
            with contextlib.suppress(ProcessLookupError):
                resource.prlimit(pid, which, (capped, capped))
