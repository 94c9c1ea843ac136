"""One runner, spoken to over the protocol; every way it can fail becomes an outcome.

The session is the only code on the trusted side that reads what a runner
sends.  Whatever arrives (a malformed frame, a frame for another call, too
many bytes, nothing at all) ends as a `CaseOver` with a verdict, or as a
`SubmissionError` the submission raised, never as a harness crash.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from judge import protocol
from judge.outcomes import (
    CaseOver,
    HarnessFault,
    LoadFailed,
    MemoryLimitExceeded,
    OutputLimitExceeded,
    RunnerCrashed,
    SubmissionError,
    TimeLimitExceeded,
    raised,
)
from judge.problem.model import Limits
from judge.sandbox.base import Death, Exit, Pod, Transport, TransportClosed, TransportTimeout

STARTUP_SECONDS = 30.0  # a cold container can be slow; this is no candidate's time


class Handle:
    """An object that lives in the sandbox, as a plain reference."""

    def __init__(self, session: RunnerSession, key: int):
        self.session = session
        self.key = key


class RunnerSession:
    def __init__(self, pod: Pod, limits: Limits, wrap: Callable[[Handle], Any] = lambda h: h):
        self.pod = pod
        self.limits = limits
        self.wrap = wrap
        self.transport: Transport | None = None
        self.python = ""
        self.cpu = 0.0  # CPU seconds of the last call, measured in the runner
        self.fault: CaseOver | None = None
        self.staged: int | None = None  # the ladder input the runner holds
        self._next_id = 0

    # -- lifecycle --------------------------------------------------------
    def start(self) -> None:
        try:
            self.transport = self.pod.start()
        except OSError as exc:
            raise HarnessFault(f"could not start a runner: {exc}") from None
        ready = self._read(time.monotonic() + STARTUP_SECONDS, "starting")
        if ready.get("ready") != protocol.VERSION:
            raise self._fail(HarnessFault(f"runner speaks protocol {ready.get('ready')!r}, not {protocol.VERSION}"))
        self.python = str(ready.get("python", ""))

    def load(self, source: str, filename: str, module: str, entries: list[dict[str, Any]], wired: dict[str, Any]) -> None:
        request: dict[str, Any] = {"op": "load", "source": source, "filename": filename, "module": module}
        request |= {"entries": entries, "limits": wired}
        response = self._exchange(request, "loading the submission", self.limits.wall_seconds + 5)
        if not response.get("ok"):
            error = response.get("error") or {}
            raise self._fail(self._load_failure(error, filename))

    def close(self) -> Exit | None:
        return self.transport.close() if self.transport is not None else None

    # -- calls ------------------------------------------------------------
    def call(self, target: dict[str, Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        encoder = protocol.Encoder(self._unwrap)
        try:
            payload = encoder.encode([list(args), dict(kwargs)])
        except protocol.ProtocolError as exc:
            raise HarnessFault(f"a test passed a value the protocol cannot carry: {exc}") from None
        request = {"op": "call", "target": target, "args": payload}
        response = self._exchange(request, "the call", self.limits.wall_seconds)
        if response.get("ok"):
            return self._decode(response.get("value"), encoder.objects)
        error = response.get("error") or {}
        if error.get("type") == "MemoryError":
            raise MemoryLimitExceeded(f"ran out of memory (limit {self.limits.memory} MiB)")
        raise _submission_error(error)

    def measure(
        self,
        target: dict[str, Any],
        args: tuple[Any, ...],
        key: int,
        *,
        time: bool,
        count: bool,
        cpu_budget: float,
        seconds: float = 0.02,
    ) -> dict[str, Any]:
        """One size of the complexity ladder, measured inside the runner: CPU
        seconds per call (`time`, from batches of at least `seconds`) and/or
        the deterministic work count (`count`).  The input is sent once per
        `key` and staged there."""
        request = {"op": "measure", "target": target, "input_key": key, "time": time, "count": count, "cpu_budget": cpu_budget}
        request["min_seconds"] = seconds
        if self.staged != key:
            request["args"] = protocol.encode([list(args), {}])
            self.staged = key
        request["count_cap"] = 30_000_000
        response = self._exchange(request, "measuring growth", cpu_budget * 3 + 10)
        if not response.get("ok"):
            error = response.get("error") or {}
            raise _submission_error(error)
        value = protocol.decode(response.get("value"))
        return value if isinstance(value, dict) else {}

    def _decode(self, value: Any, inputs: list[Any]) -> Any:
        try:
            return protocol.Decoder(self._wrap, preset=inputs).decode(value)
        except protocol.ProtocolError as exc:
            raise self._fail(RunnerCrashed(f"the runner sent a malformed value: {exc}")) from None

    def _wrap(self, key: int) -> Any:
        return self.wrap(Handle(self, key))

    def _unwrap(self, obj: Any) -> int:
        handle = getattr(obj, "_judge_handle", obj)
        if isinstance(handle, Handle) and handle.session is self:
            return handle.key
        raise protocol.ProtocolError(f"cannot send a value of type {type(obj).__name__}")

    # -- the wire ---------------------------------------------------------
    def _exchange(self, request: dict[str, Any], what: str, wall: float) -> dict[str, Any]:
        if self.fault is not None:
            raise self.fault
        if self.transport is None:
            self.start()
        assert self.transport is not None
        self._next_id += 1
        request = {"id": self._next_id, **request}
        try:
            frame = protocol.dump_frame(request)
        except protocol.FrameTooLarge as exc:
            raise HarnessFault(f"a test's input is too large to send: {exc}") from None
        deadline = time.monotonic() + wall
        try:
            self.transport.send(frame, deadline)
        except TransportTimeout:
            raise self._dead(Death.WALL_TIMEOUT, what) from None
        except TransportClosed:
            raise self._dead(None, what) from None
        response = self._read(deadline, what)
        self.cpu = float(response.get("cpu") or 0.0)  # a CPU time-out reports what it spent too
        if response.get("id") != self._next_id:
            raise self._fail(RunnerCrashed(f"the runner's answer was out of step during {what} (was the protocol channel written to?)"))
        if "protocol_error" in response:
            # Whatever comes out of the sandbox may be forged by the
            # submission: it must not be able to raise the judge-fault alarm.
            raise self._fail(RunnerCrashed(f"the runner rejected a request during {what} (or the submission wrote over its channel)"))
        limit = response.get("limit")
        if limit == "cpu":
            raise self._dead(Death.CPU_LIMIT, what)
        if limit == "output" or self.transport.output_exceeded():
            raise self._dead(Death.OUTPUT, what)
        return response

    def _read(self, deadline: float, what: str) -> dict[str, Any]:
        assert self.transport is not None
        try:
            line = self.transport.receive(deadline, protocol.MAX_FRAME_BYTES)
        except TransportTimeout:
            raise self._dead(Death.WALL_TIMEOUT, what) from None
        except TransportClosed:
            raise self._dead(None, what) from None
        except protocol.FrameTooLarge:
            raise self._dead(Death.OUTPUT, what) from None
        try:
            return protocol.load_frame(line)
        except protocol.ProtocolError as exc:
            raise self._fail(RunnerCrashed(f"the runner's channel was corrupted during {what}: {exc}")) from None

    def _dead(self, reason: Death | None, what: str) -> CaseOver:
        assert self.transport is not None
        end = self.transport.close(reason)
        return self._fail(self._outcome(end, what))

    def _fail(self, fault: CaseOver) -> CaseOver:
        """Remember the fault: the runner is gone, and any later call ends the same way."""
        if self.transport is not None:
            self.transport.close()
        self.fault = fault
        return fault

    def _outcome(self, end: Exit, what: str) -> CaseOver:
        limits = self.limits
        if end.death is Death.WALL_TIMEOUT:
            return TimeLimitExceeded(f"no answer within the wall-time limit of {limits.wall_seconds:g} s during {what}")
        if end.death is Death.CPU_LIMIT:
            return TimeLimitExceeded(f"over the CPU-time limit of {limits.time:g} s during {what}")
        if end.death is Death.MEMORY:
            return MemoryLimitExceeded(f"ran out of memory (limit {limits.memory} MiB) during {what}")
        if end.death is Death.OUTPUT:
            return OutputLimitExceeded(f"printed, wrote or returned more than the output limit ({limits.output} KiB) during {what}")
        if what == "loading the submission":
            return LoadFailed(f"the submission's process ended while loading ({end.detail})")
        hint = " (a stack overflow from deep recursion?)" if "SIGSEGV" in end.detail else ""
        return RunnerCrashed(f"the submission's process ended during {what}: {end.detail}{hint}")

    def _load_failure(self, error: dict[str, Any], filename: str) -> CaseOver:
        kind = str(error.get("type") or "Exception")
        message = str(error.get("message") or "")
        line = _line(error)
        if kind == "MemoryError":
            return MemoryLimitExceeded(f"ran out of memory while loading (limit {self.limits.memory} MiB)")
        if kind == "MissingEntryPoint":
            return LoadFailed(message)
        where = f"{filename}, line {line}: " if line else f"{filename}: "
        return LoadFailed(f"{where}{kind}: {message}" if message else f"{where}{kind}", line)


NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


def exception_name(raw: Any) -> str:
    """The submission names its exceptions: keep only names that are names."""
    text = str(raw or "Exception")
    return text if len(text) <= 80 and NAME.fullmatch(text) else "Exception"


def _submission_error(error: dict[str, Any]) -> SubmissionError:
    """The exception the submission raised, from the runner's description of it."""
    kind = raised(exception_name(error.get("type")))
    return kind(str(error.get("message") or ""), str(error.get("traceback") or ""), _line(error))


def _line(error: dict[str, Any]) -> int | None:
    line = error.get("line")
    return line if isinstance(line, int) and not isinstance(line, bool) else None
