"""One runner, spoken to over the protocol; every way it can fail becomes an outcome.

The session is the only code on the trusted side that reads what a runner
sends.  Whatever arrives (a malformed frame, a frame for another call, too
many bytes, nothing at all) ends as a `CaseOver` with a verdict, or as a
`SubmissionError` the submission raised, never as a harness crash.
"""

from __future__ import annotations

import collections
import inspect
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from judge import protocol
from judge.background import non_judge_threads
from judge.outcomes import (
    CannotCarry,
    CaseOver,
    HarnessFault,
    LoadFailed,
    MemoryLimitExceeded,
    OutputLimitExceeded,
    Raised,
    RunnerCrashed,
    SubmissionError,
    TimeLimitExceeded,
    exception_class,
    raised,
    submission_exception,
)
from judge.problem.model import Limits
from judge.sandbox.base import Death, Exit, Pod, Transport, TransportClosed, TransportTimeout
from judge.sandbox.callbacks import Callbacks, call_arguments, passable, run_callback, run_member
from judge.sandbox.described import Names, ObjectInfo, exception_classes, module_names, object_info
from judge.sandbox.printed import Part, part
from judge.sources import drop_location, pointer

STARTUP_SECONDS = 30.0  # a cold container can be slow; this is no candidate's time
CONCURRENT_CALL = "a concurrent call"  # what a call made while others may be out is called in messages
READ_SLICE = 0.1  # seconds a read waits before it looks whether the case has ended


class Handle:
    """An object that lives in the sandbox, as a plain reference."""

    def __init__(self, session: RunnerSession, key: int, info: ObjectInfo | None = None):
        self.session = session
        self.key = key
        self.info = info or ObjectInfo()


class CaseEnded(Exception):
    """The case ended while a call was still out."""


@dataclass(frozen=True)
class Waiting:
    deadline: float  # monotonic
    what: str  # the call, for messages


class RunnerSession:
    def __init__(self, pod: Pod, limits: Limits, wrap: Callable[[Handle], Any] = lambda h: h):
        self.pod = pod
        self.limits = limits
        self.wrap = wrap
        self.transport: Transport | None = None
        self.python = ""
        self.aliases: dict[str, str] = {}  # entry point -> how the submission spells it, when not alike
        self.cpu = 0.0  # CPU seconds of the last call, measured in the runner
        self.fault: CaseOver | None = None
        self.staged: list[int] = []  # the ladder inputs the runner holds, oldest first
        self.threaded = False  # calls run each in its own runner thread (see _concurrent)
        self.threads_before = non_judge_threads()  # more threads than this: the test started some
        self._next_id = 0
        self._cond = threading.Condition(threading.RLock())
        self._waiting: dict[int, Waiting] = {}  # calls sent and not yet answered
        self._mail: dict[int, collections.deque[dict[str, Any]]] = {}  # frames read for them
        self._reader: threading.Thread | None = None  # the one thread reading
        self.ending = False  # the case is over: calls still out (a test's leftover threads) end quietly
        self.names = Names()  # the module's public names, when load was asked for them
        self.callbacks = Callbacks()
        self._objects: dict[int, ObjectInfo] = {}  # what the runner said of each handle
        self._printed: list[Part] = []  # what answers said the submission printed, not yet taken
        self._wrapped: dict[int, Any] = {}  # one proxy per handle: identity holds on this side too

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

    def load(
        self,
        source: str,
        filename: str,
        module: str,
        entries: list[dict[str, Any]],
        wired: dict[str, Any],
        *,
        names: bool = False,
        fields: dict[str, str] | None = None,
        compile_seconds: float = 0.0,
    ) -> None:
        """Load the submission; with `names`, also learn its module's public names.  `fields`:
        what the language's runner needs besides (a glue file); `compile_seconds`: its compile phase's own time."""
        request: dict[str, Any] = {"op": "load", "source": source, "filename": filename, "module": module}
        request |= {"entries": entries, "limits": wired, "names": names, "output_cap": self.limits.output * 1024, **(fields or {})}
        response = self._exchange(request, "loading the submission", self.limits.wall_seconds + 5 + compile_seconds)
        if not response.get("ok"):
            error = response.get("error") or {}
            raise self._fail(self._load_failure(error, filename, source))
        self.aliases = _aliases(response.get("value"))
        if names:
            self.names = module_names(response.get("names"))

    def close(self) -> Exit | None:
        with self._cond:
            self.ending = True
            self._cond.notify_all()
        return self._close_transport(None)

    # -- calls ------------------------------------------------------------
    def call(self, target: dict[str, Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        encoder = protocol.Encoder(self._unwrap)
        try:
            payload = encoder.encode([list(args), dict(kwargs)])
        except protocol.ProtocolError as exc:
            raise CannotCarry(f"a test passed a value the protocol cannot carry: {exc}") from None
        request: dict[str, Any] = {"op": "call", "target": target, "args": payload}
        what = "the call"
        if self._concurrent():
            request["thread"] = True
            if non_judge_threads() <= self.threads_before and not self._waiting:
                request["alone"] = True  # no test thread left to call: the runner need not wait for one
            what = CONCURRENT_CALL
        response = self._exchange(request, what, self.limits.wall_seconds)
        self._learn(response.get("handles"))
        if response.get("ok"):
            return self._decode(response.get("value"), encoder.objects)
        error = response.get("error") or {}
        if error.get("type") == "MemoryError":
            raise MemoryLimitExceeded(f"ran out of memory (limit {self.limits.memory} MiB)")
        raise self._raised(error)

    def _raised(self, error: dict[str, Any]) -> BaseException:
        """The exception the submission raised, as test code should see it."""
        type_name = exception_name(error.get("type"))
        info = Raised(type_name, str(error.get("message") or ""), str(error.get("traceback") or ""), _line(error))
        cls = exception_class(type_name, exception_classes(error.get("classes")))
        args = None
        if error.get("args") is not None:
            try:
                decoded = protocol.Decoder(self._wrap).decode(error["args"])
                args = tuple(decoded) if isinstance(decoded, (list, tuple)) else None
            except protocol.ProtocolError:
                args = None  # the message still tells
        return submission_exception(cls, args, info)

    def _learn(self, raw: Any) -> None:
        """The runner describes each handle the first time it sends it."""
        if isinstance(raw, dict):
            for key, info in list(raw.items())[:10_000]:
                if isinstance(key, str) and key.isdigit() and len(key) < 12:
                    self._objects[int(key)] = object_info(info)

    def _concurrent(self) -> bool:
        """Whether this call runs in its own runner thread.  Once calls can
        overlap (a test thread calls, a call is still out, or the test started
        threads) every later call does: one that ran on the runner's main loop
        would keep the others' requests unread, so a blocked `dequeue` could
        never see the `enqueue` that frees it.  One call at a time stays on the
        main loop, where its CPU time is limited per call."""
        with self._cond:
            if not self.threaded:
                elsewhere = threading.current_thread() is not threading.main_thread()
                self.threaded = elsewhere or bool(self._waiting) or non_judge_threads() > self.threads_before
            return self.threaded

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
        encoded: dict[str, Any] | None = None,
        certify: bool = False,
    ) -> dict[str, Any]:
        """One size of the complexity ladder, measured inside the runner: CPU
        seconds per call (`time`, from batches of at least `seconds`) and/or
        the deterministic work count (`count`), and/or what work of the call
        the count does not see (`certify`: "missed", "" when none).  The
        input is sent once per `key` and staged there; `encoded`: `args`
        already encoded (for the other side), as `encode_input` gives them."""
        request = {"op": "measure", "target": target, "input_key": key, "time": time, "count": count, "cpu_budget": cpu_budget}
        request["certify"] = certify
        request["min_seconds"] = seconds
        if key not in self.staged:
            request["args"] = encoded if encoded is not None else encode_input(args)
            self.staged = [*self.staged, key][-protocol.STAGED_INPUTS :]  # as the runner keeps them
        request["count_cap"] = 30_000_000
        response = self._exchange(request, "measuring growth", cpu_budget * 3 + 10)
        if not response.get("ok"):
            error = response.get("error") or {}
            raise _submission_error(error)
        value = protocol.decode(response.get("value"))
        return value if isinstance(value, dict) else {}

    def program(self, language: str, source: str, stdin: str, wired: dict[str, Any]) -> dict[str, Any]:
        """Run a whole program on one input (an io problem's case).  The answer
        is the runner's raw report, to be checked by the caller: it comes out
        of the sandbox.  The runner enforces the limits; the judge's own wall
        limit only covers a runner that stops answering."""
        request = {"op": "program", "language": language, "source": source, "stdin": stdin, "limits": wired}
        response = self._exchange(request, "running the program", float(wired.get("wall") or 10) + 10)
        report = response.get("program")
        if not response.get("ok") or not isinstance(report, dict):
            raise self._fail(RunnerCrashed("the runner did not report the program's run"))
        return report

    def _decode(self, value: Any, inputs: list[Any]) -> Any:
        try:
            return protocol.Decoder(self._wrap, preset=inputs).decode(value)
        except protocol.ProtocolError as exc:
            raise self._fail(RunnerCrashed(f"the runner sent a malformed value: {exc}")) from None

    def _wrap(self, key: Any) -> Any:
        if type(key) is list and len(key) == 2 and key[0] == "c":
            passed = self.callbacks.get(key[1])  # an object the test passed, given back
            if passed is None:
                raise protocol.ProtocolError(f"the runner sent an object no test passed: {key!r}"[:200])
            return passed
        if type(key) is not int:
            raise protocol.ProtocolError(f"the runner sent a reference of its own: {key!r}"[:200])
        with self._cond:
            if key not in self._wrapped:
                self._wrapped[key] = self.wrap(Handle(self, key, self._objects.get(key)))
            return self._wrapped[key]

    def _unwrap(self, obj: Any) -> int | list[Any]:
        """A sandbox object goes back as its handle, a name of the submission's
        module by name, and any other callable as a callback."""
        # Looked up statically: a test's mock makes up any attribute it is asked for.
        handle = obj if isinstance(obj, Handle) else inspect.getattr_static(obj, "_judge_handle", None)
        if isinstance(handle, Handle) and handle.session is self:
            return handle.key
        name = inspect.getattr_static(obj, "_judge_name", None)
        if handle is None and isinstance(name, str):
            return ["n", name]
        if handle is None and (callable(obj) or passable(obj)):
            return ["c", self.callbacks.key(obj)]  # the test's own: it stays here, the submission calls into it
        raise protocol.ProtocolError(f"cannot send a value of type {type(obj).__name__}")

    def _unwrap_found(self, obj: Any) -> int | list[Any]:
        """As `_unwrap`, for what the submission reached from a test's object:
        only objects, never a function, class or module to call into."""
        if not passable(obj):
            raise protocol.ProtocolError(f"cannot send a value of type {type(obj).__name__}")
        return self._unwrap(obj)

    # -- the wire ---------------------------------------------------------
    # Test threads may call at once (concurrency problems): a lock orders the
    # writes, and one thread at a time reads, handing each answer to the call
    # whose id it carries.  Only the reading thread closes the transport: a
    # descriptor closed under another thread's select() would hang it.
    def _exchange(self, request: dict[str, Any], what: str, wall: float) -> dict[str, Any]:
        call_id = self._send(request, what, wall)
        while True:
            frame = self._await(call_id)
            if "callback" not in frame:
                return self._checked(frame, what)
            self._call_back(call_id, frame, what)

    def _call_back(self, call_id: int, frame: dict[str, Any], what: str) -> None:
        """The submission called a function the test passed: run it here, answer."""
        function = self.callbacks.get(frame.get("callback"))
        try:
            arguments = call_arguments(protocol.Decoder(self._wrap).decode(frame.get("args")))
        except protocol.ProtocolError:
            arguments = None
        if function is None or arguments is None:
            raise self._fail(RunnerCrashed(f"the runner asked for a callback no test passed during {what} (was its channel written to?)"))
        if "attr" in frame:  # a method or attribute of an object the test passed: what it gives must be safe to hand over
            body = run_member(function, frame.get("attr"), *arguments, frame.get("get") is True, protocol.Encoder(self._unwrap_found))
        else:
            body = run_callback(function, *arguments, protocol.Encoder(self._unwrap))
        reply = {"op": "reply", "id": call_id, **body}
        try:
            data = protocol.dump_frame(reply)
        except protocol.FrameTooLarge as exc:
            raise CannotCarry(f"a function the test passed returned a value too large to send: {exc}") from None
        with self._cond:
            if self.fault is not None:
                raise self.fault
            self._post(data, call_id, what)

    def _send(self, request: dict[str, Any], what: str, wall: float) -> int:
        with self._cond:
            if self.fault is not None:
                raise self.fault
            if self.transport is None:
                self.start()
            assert self.transport is not None
            call_id = self._next_id = self._next_id + 1
            try:
                frame = protocol.dump_frame({"id": call_id, **request})
            except protocol.FrameTooLarge as exc:
                raise HarnessFault(f"a test's input is too large to send: {exc}") from None
            self._waiting[call_id] = Waiting(time.monotonic() + wall, what)
            self._post(frame, call_id, what)
            return call_id

    def _post(self, frame: bytes, call_id: int, what: str) -> None:
        """Write one frame (the lock held); a runner that stopped reading or is
        gone ends the case, found by whichever thread is reading when one is."""
        assert self.transport is not None
        try:
            self.transport.send(frame, self._waiting[call_id].deadline)
        except (TransportTimeout, TransportClosed) as exc:
            if self._reader is None:
                raise self._dead(Death.WALL_TIMEOUT if isinstance(exc, TransportTimeout) else None, what) from None

    def _await(self, call_id: int) -> dict[str, Any]:
        while True:
            with self._cond:
                if self.fault is not None:
                    raise self.fault
                box = self._mail.get(call_id)
                if box:
                    frame = box.popleft()
                    if "callback" not in frame:
                        del self._waiting[call_id], self._mail[call_id]
                    return frame
                if self._reader is not None:
                    self._cond.wait(1.0)
                    continue
                self._reader = threading.current_thread()
            try:
                self._read_one()
            finally:
                with self._cond:
                    self._reader = None
                    self._cond.notify_all()

    def _read_one(self) -> None:
        """Read the next frame, by the earliest deadline of the calls waiting,
        and post it to its call's box."""
        with self._cond:
            waiting = min(self._waiting.values(), key=lambda w: w.deadline)
        frame = self._read(waiting.deadline, waiting.what)
        frame_id: Any = frame.get("id")
        with self._cond:
            known = type(frame_id) is int and frame_id in self._waiting  # a forged id may be any JSON
            if known:
                self._mail.setdefault(frame_id, collections.deque()).append(frame)
        if not known:
            message = f"the runner's answer was out of step during {waiting.what} (was the protocol channel written to?)"
            raise self._fail(RunnerCrashed(message))

    def take_printed(self) -> list[Part]:
        """What the submission printed since the last take (loading included)."""
        with self._cond:
            taken, self._printed = self._printed, []
        return taken

    def _checked(self, response: dict[str, Any], what: str) -> dict[str, Any]:
        assert self.transport is not None
        printed = part(response.get("out")) if "out" in response else None
        if printed is not None:
            with self._cond:
                self._printed.append(printed)
        self.cpu = float(response.get("cpu") or 0.0)  # a CPU time-out reports what it spent too
        if "protocol_error" in response:
            # Whatever comes out of the sandbox may be forged by the
            # submission: it must not be able to raise the judge-fault alarm.
            raise self._fail(RunnerCrashed(f"the runner rejected a request during {what} (or the submission wrote over its channel)"))
        limit = response.get("limit")
        if limit == "cpu":
            raise self._dead(Death.CPU_LIMIT, what)
        if limit == "output" and type(response.get("printed")) is int:
            self._close_transport(Death.OUTPUT)
            over = f"printed {response['printed']:,} bytes during {what}, over the output limit of {self.limits.output} KiB"
            raise self._fail(OutputLimitExceeded(over))
        if limit == "output" or self.transport.output_exceeded():
            raise self._dead(Death.OUTPUT, what)
        return response

    def _read(self, deadline: float, what: str) -> dict[str, Any]:
        assert self.transport is not None
        try:
            line = self._receive(deadline)
        except CaseEnded:
            raise self._fail(RunnerCrashed(f"the case ended before an answer during {what}")) from None
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

    def _receive(self, deadline: float) -> bytes:
        """A line by `deadline`, in slices: a thread blocked on a call the test
        left behind gives up as soon as the case ends, not at its wall limit."""
        assert self.transport is not None
        while True:
            try:
                return self.transport.receive(min(deadline, time.monotonic() + READ_SLICE), protocol.MAX_FRAME_BYTES)
            except TransportTimeout:
                if self.ending:
                    raise CaseEnded() from None
                if time.monotonic() >= deadline:
                    raise

    def _dead(self, reason: Death | None, what: str) -> CaseOver:
        end = self._close_transport(reason)
        assert end is not None
        return self._fail(self._outcome(end, what))

    def _fail(self, fault: CaseOver) -> CaseOver:
        """Remember the fault: the runner is gone, and any later call ends the
        same way (the first fault stands: other threads' calls end with it)."""
        self._close_transport(None)
        with self._cond:
            self.fault = self.fault or fault
            self._cond.notify_all()
            return self.fault

    def _close_transport(self, reason: Death | None) -> Exit | None:
        """Close as the reading thread, waiting for another one to finish its read."""
        if self.transport is None:
            return None
        me = threading.current_thread()
        with self._cond:
            while self._reader not in (None, me):
                self._cond.wait(1.0)
            borrowed = self._reader is None
            self._reader = me
        try:
            return self.transport.close(reason)
        finally:
            if borrowed:
                with self._cond:
                    self._reader = None
                    self._cond.notify_all()

    def _outcome(self, end: Exit, what: str) -> CaseOver:
        limits = self.limits
        if end.death is Death.WALL_TIMEOUT:
            blocked = " (calls blocked waiting for each other: a deadlock?)" if what == CONCURRENT_CALL else ""
            return TimeLimitExceeded(f"no answer within the wall-time limit of {limits.wall_seconds:g} s during {what}{blocked}")
        if end.death is Death.CPU_LIMIT:
            return TimeLimitExceeded(f"over the CPU-time limit of {limits.time:g} s during {what}")
        if end.death is Death.MEMORY:
            return MemoryLimitExceeded(f"ran out of memory (limit {limits.memory} MiB) during {what}")
        if end.death is Death.OUTPUT:
            return OutputLimitExceeded(f"printed, wrote or returned more than the output limit ({limits.output} KiB) during {what}")
        if what == "loading the submission":
            return LoadFailed(f"the submission's process ended while loading ({end.detail})")
        hint = " (a bad pointer or index, or a stack overflow from deep recursion?)" if "SIGSEGV" in end.detail else ""
        return RunnerCrashed(f"the submission's process ended during {what}: {end.detail}{hint}")

    def _load_failure(self, error: dict[str, Any], filename: str, source: str) -> CaseOver:
        kind = str(error.get("type") or "Exception")
        message = drop_location(str(error.get("message") or ""))
        line = _line(error)
        if kind == "MemoryError":
            return MemoryLimitExceeded(f"ran out of memory while loading (limit {self.limits.memory} MiB)")
        if kind == "MissingEntryPoint":
            return LoadFailed(message)
        # As Python shows it: where, the cause on the same line, then the source line and a caret.
        where = f"{filename}, line {line}: " if line else f"{filename}: "
        cause = f"{where}{kind}: {message}" if message else f"{where}{kind}"
        shown = pointer(source, line, _line({"line": error.get("column")}))
        return LoadFailed(f"{cause}\n{shown}" if shown else cause, line)


NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


def exception_name(raw: Any) -> str:
    """The submission names its exceptions: keep only names that are names."""
    text = str(raw or "Exception")
    return text if len(text) <= 80 and NAME.fullmatch(text) else "Exception"


def _submission_error(error: dict[str, Any]) -> SubmissionError:
    """The exception the submission raised, from the runner's description of it."""
    kind = raised(exception_name(error.get("type")))
    return kind(str(error.get("message") or ""), str(error.get("traceback") or ""), _line(error))


def _aliases(value: Any) -> dict[str, str]:
    """The load's answer: how entry points are spelled.  It comes out of the
    sandbox, so only short names are kept; anything else is no alias."""
    try:
        decoded = protocol.decode(value) if value is not None else {}
    except protocol.ProtocolError:
        return {}
    if not isinstance(decoded, dict):
        return {}
    pairs = list(decoded.items())[:32]
    return {k: v for k, v in pairs if isinstance(k, str) and isinstance(v, str) and NAME.fullmatch(k) and NAME.fullmatch(v)}


def encode_input(args: tuple[Any, ...]) -> dict[str, Any]:
    """A ladder input as `measure` sends it: encoded once, sent to both sides."""
    return protocol.encode([list(args), {}])


def _line(error: dict[str, Any]) -> int | None:
    line = error.get("line")
    return line if isinstance(line, int) and not isinstance(line, bool) else None
