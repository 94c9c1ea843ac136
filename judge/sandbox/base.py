"""What every sandbox provides: start a runner, talk to it, know how it died."""

from __future__ import annotations

import abc
import enum
import select
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from judge import protocol
from judge.problem.model import Limits
from judge.protocol import FrameTooLarge

if TYPE_CHECKING:
    from judge.languages.base import Language


class Death(enum.Enum):
    """Why a runner is gone, as the sandbox saw it from outside."""

    EXITED = "exited"  # ended by itself (exit code, signal we did not send)
    WALL_TIMEOUT = "wall"  # we killed it: no answer within the wall limit
    CPU_LIMIT = "cpu"  # a CPU rlimit or the runner's own CPU timer ended it
    MEMORY = "memory"  # out of memory (cgroup OOM kill or the runner's MemoryError exit)
    OUTPUT = "output"  # printed or wrote more than it may
    SABOTAGED = "sabotaged"  # the sandbox's own supervisor was gone when the case ended


@dataclass(frozen=True)
class Exit:
    death: Death
    detail: str  # a phrase for the candidate: "exit code 1", "signal SIGSEGV"


def classify(returncode: int, reason: Death | None) -> Exit:
    """How a runner ended: the reason we killed it, else its status (negative: a signal)."""
    if reason is not None:
        return Exit(reason, reason.value)
    if returncode < 0:
        sig = signal.Signals(-returncode)
        by_signal = {signal.SIGXCPU: Death.CPU_LIMIT, signal.SIGXFSZ: Death.OUTPUT}
        return Exit(by_signal.get(sig, Death.EXITED), f"killed by {sig.name}")
    by_code = {protocol.EXIT_CPU_LIMIT: Death.CPU_LIMIT, protocol.EXIT_MEMORY: Death.MEMORY, protocol.EXIT_OUTPUT: Death.OUTPUT}
    return Exit(by_code.get(returncode, Death.EXITED), f"exit code {returncode}")


class TransportClosed(Exception):
    """The runner's output ended: it is gone."""


class TransportTimeout(Exception):
    """No full line before the deadline."""


class Transport(abc.ABC):
    """A byte channel to one runner process."""

    @abc.abstractmethod
    def send(self, data: bytes, deadline: float) -> None:
        """Write bytes by `deadline`; raises TransportClosed if the runner is
        gone, TransportTimeout if it stopped reading."""

    @abc.abstractmethod
    def receive(self, deadline: float, cap: int) -> bytes:
        """One line (without the newline), waiting until `deadline` (monotonic).

        Raises TransportTimeout, TransportClosed, or protocol.FrameTooLarge."""

    @abc.abstractmethod
    def output_exceeded(self) -> bool:
        """Whether the submission printed or wrote past its output cap."""

    @abc.abstractmethod
    def close(self, reason: Death | None = None) -> Exit:
        """Kill the runner if alive, release everything, and say how it ended.

        `reason` is why the caller is killing it (e.g. WALL_TIMEOUT).  Safe to
        call more than once."""


class Pod(abc.ABC):
    """Where one submission's runners start: a container, or this machine.

    A pod never outlives its submission, so nothing of one submission can
    meet the next; each runner it starts has fresh state.  (What starts the
    runners may: the local fork server never runs a submission's code, and
    serves the next submission once every runner of this one has ended.)"""

    # How many runners may be started ahead of the case that will use them,
    # while another runner serves a case: only a pod whose starts are cheap
    # and independent of each other (the local fork server) says more than 0.
    starts_ahead: ClassVar[int] = 0

    @abc.abstractmethod
    def start(self) -> Transport:
        """A new runner, ready for a `load` request."""

    def close(self) -> None:
        """Release the pod (kill and remove its container)."""


class Sandbox(abc.ABC):
    """A kind of sandbox: opens a pod per submission."""

    name: ClassVar[str]
    is_boundary: ClassVar[bool]

    @abc.abstractmethod
    def open(self, limits: Limits, language: Language | None = None) -> Pod:
        """A pod for one submission's runners, under `limits`, in `language` (default Python)."""

    @abc.abstractmethod
    def runner_limits(self, limits: Limits) -> dict[str, int | float]:
        """The rlimits the runner applies to itself before loading the submission."""

    @abc.abstractmethod
    def describe(self) -> dict[str, Any]:
        """Plain data for results: name, python, whether it is a security boundary."""

    def keep_spare(self) -> None:
        """Many submissions follow: a sandbox whose pods are slow to open
        (a container) may open the next one while the current is graded."""

    def close(self) -> None:
        """Release anything held across runners."""


CHUNK = 1 << 20
SPIN = 0.0003  # seconds a reader polls for an answer before it sleeps until one comes


def write_by(deadline: float, data: bytes, channel: Any, write: Callable[[memoryview], int]) -> None:
    """All of `data` into a non-blocking `channel` by `deadline`, however
    slowly the other end reads: TransportTimeout if it stops, TransportClosed
    if it is gone."""
    view = memoryview(data)
    while view:
        # Write first, wait only when the pipe is full: a small frame into an
        # empty pipe (the common case) costs no select.
        try:
            view = view[write(view[:CHUNK]) :]
            continue
        except BlockingIOError:
            pass
        except OSError:
            raise TransportClosed() from None
        wait = deadline - time.monotonic()
        if wait <= 0:
            raise TransportTimeout()
        select.select([], [channel], [], wait)


def read_line_by(deadline: float, cap: int, buffer: LineBuffer, channel: Any, pump: Callable[[], None]) -> bytes:
    """The next line of `buffer`, calling `pump` (which feeds it, and raises
    TransportClosed at the end) whenever `channel` is readable, until `deadline`."""
    spin_until = time.monotonic() + SPIN
    while True:
        line = buffer.line(cap)
        if line is not None:
            return line
        now = time.monotonic()
        wait = deadline - now
        if wait <= 0:
            raise TransportTimeout()
        # Polled, not slept on, for the first SPIN seconds: most answers come
        # within them, and a process that slept is slow to run again when
        # one comes (on a 2-core VM a small call's round trip 165 -> 124 us).
        readable, _, _ = select.select([channel], [], [], 0.0 if now < spin_until else wait)
        if readable:
            pump()


class LineBuffer:
    """Bytes in, capped lines out: the one place untrusted output is split."""

    def __init__(self) -> None:
        self._data = bytearray()

    def feed(self, chunk: bytes) -> None:
        self._data += chunk

    def line(self, cap: int) -> bytes | None:
        end = self._data.find(b"\n")
        if end < 0:
            if len(self._data) > cap:
                raise FrameTooLarge(f"a frame over the {cap}-byte cap")
            return None
        if end > cap:
            raise FrameTooLarge(f"a frame of {end} bytes is over the {cap}-byte cap")
        line = bytes(self._data[:end])
        del self._data[: end + 1]
        return line
