"""The in-sandbox runner: loads a submission from source and serves calls.

Standard library only, run as `python3 -I -S runner.py [PROTOCOL_DIR]`.  It
reads JSON-line requests on stdin and writes responses on stdout (see
protocol.py).  Before the submission runs, the protocol channel moves to
private descriptors and fds 1 and 2 point at the runner's stderr, so whatever
the submission prints never reaches the protocol stream.

Nothing here decides a verdict: the runner reports values, exceptions and
CPU time, and the trusted side judges them.
"""

from __future__ import annotations

import builtins
import collections
import contextlib
import functools
import gc
import io
import itertools
import operator
import os
import pickle
import queue
import signal
import sys
import threading
import time
import traceback
import types
import typing
from collections.abc import Iterator
from typing import Any

_DIRS = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
sys.path.insert(0, _DIRS[0] if _DIRS else os.path.dirname(os.path.abspath(__file__)))
import protocol  # noqa: E402

del sys.path[0]  # the submission must not import the judge's own modules

TEXT_CAP = 4096
EXPORTED_TYPES = {"TreeNode": protocol.TreeNode, "ListNode": protocol.ListNode}
TYPING_NAMES = ("List", "Dict", "Set", "Tuple", "Optional", "Deque")


class Runner:
    def __init__(self, out_fd: int):
        self.out_fd = out_fd
        self.pid = os.getpid()
        self.module: types.ModuleType | None = None
        self.filename = "solution.py"
        self.handles: dict[int, Any] = {}
        self.cpu_limit = 0.0
        self.current_id: Any = None
        self.call_started = 0.0
        self.staged: dict[Any, Staged] = {}  # ladder inputs by key, oldest first
        self.send_lock = threading.Lock()  # concurrent calls answer from their own threads
        self.overlap = Interleaver(self)
        self.handle_keys: dict[int, int] = {}  # id(obj) -> key; self.handles keeps obj alive
        self.handle_lock = threading.Lock()
        self.local = threading.local()  # per call thread: its request id, the handles it made
        self.replies: dict[Any, queue.SimpleQueue[dict[str, Any]]] = {}  # callback answers for threaded calls
        self.reader: Any = None  # the request stream, for callbacks from a call on the main loop
        self.originals: dict[str, Any] = {}  # module names a test patched, as they were before
        self.callbacks: dict[int, Callback] = {}  # one stub per test callable: passed twice, it is the same object (remove_callback)
        self.names: dict[str, Any] | None = None
        self.printed = Printed(self)  # what the submission prints, for the call's answer
        self.entry_classes: set[int] = set()  # ids of the entry classes: their objects are no surprise (no repr taken)

    # -- output -----------------------------------------------------------
    def send(self, message: dict[str, Any]) -> None:
        data = protocol.dump_frame(message)
        view = memoryview(data)
        with self.send_lock:
            while view:
                view = view[os.write(self.out_fd, view) :]

    def on_cpu_limit(self, signum: int, frame: Any) -> None:
        # Raising here could be swallowed by the submission's own `except`;
        # leaving the process cannot.
        spent = time.thread_time() - self.call_started
        try:
            self.send({"id": self.current_id, "ok": False, "limit": "cpu", "cpu": spent})
        finally:
            os._exit(protocol.EXIT_CPU_LIMIT)

    def on_output_limit(self) -> None:
        """Printed past the output limit: the call ends as OLE, its answer
        carrying what the submission printed (the beginning and the end)."""
        call_id = getattr(self.local, "call_id", None)
        call_id = self.current_id if call_id is None else call_id
        try:
            if call_id is not None:
                self.send({"id": call_id, "ok": False, "limit": "output", "printed": self.printed.all, "out": self.printed.take()})
        finally:
            os._exit(protocol.EXIT_OUTPUT)

    # -- requests ---------------------------------------------------------
    def handle(self, request: dict[str, Any]) -> dict[str, Any] | None:
        op = request.get("op")
        if op == "load":
            return self.load(request)
        if op == "call":
            return self.call(request)
        if op == "measure":
            return self.measure(request)
        if op == "program":
            return run_program(request)
        if op == "ping":
            return {"ok": True, "value": protocol.encode(None)}
        if op == "reply":
            self.deliver(request)
            return None  # a callback's answer: the call that waits for it answers
        raise protocol.ProtocolError(f"unknown op {op!r}")

    def load(self, request: dict[str, Any]) -> dict[str, Any]:
        apply_limits(request.get("limits") or {})
        self.cpu_limit = float((request.get("limits") or {}).get("cpu") or 0)
        self.filename = str(request.get("filename") or "solution.py")
        self.printed.cap = int(request.get("output_cap") or 0)
        name = str(request.get("module") or "solution")
        module = types.ModuleType(name)
        module.__file__ = self.filename
        module.__dict__.update(EXPORTED_TYPES)
        module.__dict__.update({n: getattr(typing, n) for n in TYPING_NAMES})
        for type_name, cls in EXPORTED_TYPES.items():
            setattr(builtins, type_name, cls)
        sys.modules[name] = module
        self.module = module

        def run() -> Any:
            code = compile(str(request["source"]), self.filename, "exec", dont_inherit=True)
            exec(code, module.__dict__)
            aliases.update(self.missing_entries(request.get("entries") or []))
            classes = [e for e in request.get("entries") or [] if e.get("kind") == "class"]
            self.entry_classes = {id(self.resolve_name(str(entry.get("name")))) for entry in classes}
            if request.get("names"):
                self.names = module_names(module, self)

        aliases: dict[str, str] = {}
        response = self.timed(run, request.get("id"), loading=True)
        if response.get("ok"):
            # What the judge learns besides is informative: a submission that
            # broke the encoder (isinstance patched) still loads, its calls fail.
            response["value"] = small_encoding(aliases) or protocol.encode(None)
            if self.names is not None:
                response["names"] = self.names
        return response

    def missing_entries(self, entries: list[dict[str, Any]]) -> dict[str, str]:
        """Check every entry point is there; answer how each was spelled
        where that is not its own name (`two_sum` found as `Solution.twoSum`)."""
        aliases: dict[str, str] = {}
        for entry in entries:
            name, methods = str(entry.get("name")), entry.get("methods") or []
            found, spelled = self.locate(name)
            if found is None or not callable(found):
                kind = "class" if entry.get("kind") == "class" else "function"
                defined = defined_names(self.module)
                raise MissingEntryPoint(f"{self.filename} defines no {kind} {name!r}{describe_defined(name, defined)}")
            if spelled != name:
                aliases[name] = spelled
            for method in methods:
                if not callable(lookup(found, method)):
                    known = describe_defined(method, public_attributes(found))
                    raise MissingEntryPoint(f"class {name!r} in {self.filename} has no method {method!r}{known}")
                if getattr(found, method, None) is None:
                    aliases[f"{name}.{method}"] = f"{spelled}.{camel_case(method)}"
        return aliases

    def resolve_name(self, name: str) -> Any:
        return self.locate(name)[0]

    def locate(self, name: str) -> tuple[Any, str]:
        """An entry point and how the submission spells it: its own name, its
        camelCase (`twoSum`), or a method of `class Solution` as interview
        sites write them (LeetCode makes one Solution per test case)."""
        module = self.module
        assert module is not None
        found = getattr(module, name, None)
        if found is not None:
            return found, name  # the common case, looked up on every call: no camelCase spelled
        camel = camel_case(name)
        if getattr(module, camel, None) is not None:
            return getattr(module, camel), camel
        solution_class = getattr(module, "Solution", None)
        if isinstance(solution_class, type):
            try:
                instance = solution_class()
            except Exception:  # noqa: BLE001 - the submission's constructor may raise anything
                return None, name
            for spelling in dict.fromkeys((name, camel_case(name))):
                if getattr(instance, spelling, None) is not None:
                    return getattr(instance, spelling), f"Solution.{spelling}"
        return None, name

    def call(self, request: dict[str, Any]) -> dict[str, Any] | None:
        if self.module is None:
            raise protocol.ProtocolError("call before load")
        decoder = protocol.Decoder(self.handle_in, from_judge=True)
        args, kwargs = decoder.decode(request["args"])
        spec = request.get("target") or {}
        inputs = decoder.objects

        def run() -> Any:
            # Resolved inside the call: a method the object lacks is an
            # AttributeError the test sees, not a dead runner.
            return self.act(spec, args, kwargs)

        if request.get("thread"):
            self.start_thread(run, request.get("id"), inputs, alone=bool(request.get("alone")))
            return None  # the call's own thread answers
        sent = request["args"]
        return self.timed(
            run, request.get("id"), inputs=inputs, sent=protocol.LeanCall(sent["lean"]) if "lean" in sent else sent.get("objs")
        )

    def start_thread(self, run: Any, request_id: Any, inputs: list[Any], alone: bool = False) -> None:
        """A concurrent call (the trusted side's test threads call at once):
        it runs and answers in its own thread while the main loop goes on
        reading requests, so a call that blocks until another one arrives
        (a dequeue waiting for an enqueue) can be freed by it."""
        self.overlap.enter()
        try:
            threading.Thread(target=self.answer_from_thread, args=(run, request_id, inputs, alone), daemon=True).start()
        except BaseException:
            self.overlap.leave()
            raise

    def answer_from_thread(self, run: Any, request_id: Any, inputs: list[Any], alone: bool = False) -> None:
        self.local.call_id = request_id
        self.local.alone = alone  # the judge knows no other call can come: no wait for one
        self.replies[request_id] = queue.SimpleQueue()
        try:
            response = self.attach_output(self.threaded(run, inputs))
            response["id"] = request_id
            try:
                self.send(response)
            except protocol.FrameTooLarge as exc:
                self.send({"id": request_id, "ok": False, "limit": "output", "message": str(exc)})
        except MemoryError:
            os._exit(protocol.EXIT_MEMORY)
        finally:
            self.replies.pop(request_id, None)
            self.overlap.leave()

    def threaded(self, run: Any, inputs: list[Any]) -> dict[str, Any]:
        """`timed` for a concurrent call: ITIMER_PROF counts the whole
        process, so no per-call CPU limit here (the wall limit and the
        process's CPU limit hold); the CPU reported is this thread's."""
        started = time.thread_time()
        try:
            with self.overlap.interleaved():
                value = run()
        except BaseException as exc:  # noqa: BLE001 - the submission's exceptions are data
            self.stop_if_forked()
            return {"ok": False, "error": self.describe(exc, False), "cpu": time.thread_time() - started}
        self.stop_if_forked()
        response = self.encoded(value, inputs)
        response["cpu"] = time.thread_time() - started
        return response

    def encoded(self, value: Any, inputs: list[Any] | None, sent: Any = None) -> dict[str, Any]:
        """A call's answer: its value, the new handles in it described.  A
        value that fails to encode (its object count, a node class that
        raises) is an exception of the call, raised in the test."""
        self.local.fresh = []
        # type(), not isinstance(): a submission may have replaced builtins.isinstance.
        quick = sent.answer(value, inputs or ()) if type(sent) is protocol.LeanCall else None
        if quick is not None:
            return {"ok": True, "value": quick}
        encoder = protocol.Encoder(self.handle_out)
        try:
            if inputs:
                encoder.preload(inputs)
            response: dict[str, Any] = {"ok": True, "value": protocol.drop_unchanged(encoder.encode(value), sent, len(inputs or ()))}
        except MemoryError:
            raise
        except protocol.ProtocolError as exc:
            error = RuntimeError(f"the call's result cannot be sent back: {exc}")
            return {"ok": False, "error": self.describe(error, False)}
        except BaseException as exc:  # noqa: BLE001 - the submission's own code ran while encoding
            return {"ok": False, "error": self.describe(exc, False)}
        if self.local.fresh:
            response["handles"] = {str(key): self.describe_handle(self.handles[key]) for key in self.local.fresh}
        return response

    def describe_handle(self, obj: Any) -> dict[str, Any]:
        """A new handle's description; for an object that is not one of the
        problem's classes (a generator, a Pair of its own), with its repr
        taken here: the judge cannot carry it as a value, so it shows that."""
        info = describe_object(obj)
        if not isinstance(obj, type) and id(type(obj)) not in self.entry_classes:
            info["repr"] = safe_repr(obj)
        return info

    # -- what a call does -------------------------------------------------
    def act(self, spec: dict[str, Any], args: Any, kwargs: Any) -> Any:
        """`do` says what: call the target (default), read it (`get`), write
        or delete an attribute (`set`, `del`), or apply an operator to it."""
        action = spec.get("do") or "call"
        if spec.get("module"):
            return self.patch_module(str(spec.get("attr")), action, args)
        if action in ("set", "del"):
            owner = self.target({**spec, "attr": None})
            attr = str(spec.get("attr"))
            return setattr(owner, attr, args[0]) if action == "set" else delattr(owner, attr)
        target = self.target(spec)
        if action == "call":
            return target(*args, **kwargs)
        if action == "get":
            return target
        operation = OPERATIONS.get(str(action))
        if operation is None:
            raise protocol.ProtocolError(f"unknown action {action!r}")
        return operation(args[0], target, *args[1:]) if spec.get("swap") else operation(target, *args)

    def patch_module(self, name: str, action: str, args: Any) -> None:
        """A test patches a name of the submission's module (`mock.patch("grep.open")`):
        set it, delete it, or `restore` what the module had before the first patch."""
        namespace = self.module.__dict__ if self.module is not None else {}
        if action == "set":
            self.originals.setdefault(name, namespace.get(name, _ABSENT))
            namespace[name] = args[0]
        elif action in ("del", "restore"):
            # Deleting a patched name undoes the patch (mock.patch deletes what it
            # set on an object whose attribute it found by getattr, not in __dict__).
            original = self.originals.pop(name, _ABSENT)
            if original is _ABSENT:
                namespace.pop(name, None)
            else:
                namespace[name] = original
        else:
            raise protocol.ProtocolError(f"unknown action on a module name {action!r}")

    # -- callbacks --------------------------------------------------------
    def call_back(self, key: int, args: Any, kwargs: Any, attr: str | None = None, get: bool = False) -> Any:
        """Run a test's callable on the trusted side and return its answer;
        with `attr`, call that method of the test's object (or, with `get`,
        read that attribute: a method comes back as a stub that calls it)."""
        threaded = getattr(self.local, "call_id", None)
        call_id = threaded if threaded is not None else self.current_id
        if call_id is None or (threaded is None and threading.current_thread() is not threading.main_thread()):
            raise RuntimeError("a function the test passed can only be called during a call, from the call's own thread")
        try:
            payload = protocol.Encoder(self.handle_out).encode([list(args), dict(kwargs)])
            frame: dict[str, Any] = {"id": call_id, "callback": key, "args": payload}
            if attr is not None:
                frame |= {"attr": attr, "get": get}
            self.send(frame)
        except protocol.ProtocolError as exc:
            raise TypeError(f"cannot pass these arguments to the test's function: {exc}") from None
        reply = self.replies[call_id].get() if threaded is not None else self.read_reply()
        if reply.get("ok") and reply.get("method") and attr is not None:
            return TestMethod(self, key, attr)
        if reply.get("ok"):
            return protocol.Decoder(self.handle_in, from_judge=True).decode(reply.get("value"))
        error = reply.get("error") or {}
        kind = getattr(builtins, str(error.get("type")), None)
        kind = kind if isinstance(kind, type) and issubclass(kind, Exception) else RuntimeError
        raise kind(str(error.get("message") or "the test's function raised"))

    def read_reply(self) -> dict[str, Any]:
        """The answer to a callback made by a call on the main loop, read here.
        A call the test's function itself makes meanwhile comes first: it runs
        in its own thread (the trusted side sends it as a concurrent call)."""
        while True:
            line = self.reader.readline(protocol.MAX_FRAME_BYTES + 1) if self.reader is not None else b""
            if not line:
                os._exit(0)  # the judge is gone
            request = protocol.load_frame(line)
            if request.get("op") == "reply":
                return request
            if not request.get("thread"):
                raise protocol.ProtocolError("expected the answer of a callback")
            self.handle(request)

    def deliver(self, request: dict[str, Any]) -> None:
        box = self.replies.get(request.get("id"))
        if box is None:
            raise protocol.ProtocolError("a callback's answer for no waiting call")
        box.put(request)

    def measure(self, request: dict[str, Any]) -> dict[str, Any]:
        """Cost of one call on this input: CPU time of calibrated batches,
        and (if asked) a deterministic count of the work it executes."""
        if self.module is None:
            raise protocol.ProtocolError("measure before load")
        key = request.get("input_key")
        if "args" in request:
            # Staged under its key: the ladder measures one input several
            # times and sends it once.
            self.staged[key] = Staged(key, *protocol.Decoder(self.handle_in, from_judge=True).decode(request["args"]))
            while len(self.staged) > protocol.STAGED_INPUTS:
                del self.staged[next(iter(self.staged))]  # the oldest, as the judge drops it too
        staged = self.staged.get(key)
        if staged is None:
            raise protocol.ProtocolError(f"no input staged under {key!r}")
        spec = request.get("target") or {}
        target = replayer(self.target(spec)) if spec.get("replay") else self.target(spec)
        min_seconds = float(request.get("min_seconds", 0.02))
        budget = float(request.get("cpu_budget") or self.cpu_limit or 5.0)

        def run() -> Any:
            seconds, reps = timed_batches(target, staged, min_seconds) if request.get("time", True) else (0.0, 0)
            counted = count_work(target, staged, int(request.get("count_cap") or 0)) if request.get("count") else None
            missed = certify_work(target, staged) if request.get("certify") else None
            self.printed.take()  # thousands of calls' prints: nobody reads them
            return {"cpu": seconds, "reps": reps, "count": counted, "missed": missed}

        saved, self.cpu_limit = self.cpu_limit, budget
        try:
            return self.timed(run, request.get("id"))
        finally:
            self.cpu_limit = saved

    def target(self, spec: dict[str, Any]) -> Any:
        if "handle" in spec:
            obj = self.handle_in(spec["handle"])
            return attribute(obj, str(spec["attr"])) if spec.get("attr") else obj
        found = self.resolve_name(str(spec.get("name")))
        if found is None:
            raise AttributeError(f"module {self.module.__name__ if self.module else ''!r} has no attribute {spec.get('name')!r}")
        return attribute(found, str(spec["attr"])) if spec.get("attr") else found

    def timed(self, run: Any, request_id: Any, loading: bool = False, inputs: list[Any] | None = None, sent: Any = None) -> dict[str, Any]:
        """Run one call under the per-call CPU limit and encode its outcome
        while the limit still holds (an endless __iter__ is the call's cost)."""
        self.current_id = request_id
        # The thread's clock, not the process's: while ITIMER_PROF is armed,
        # Linux moves the process clock by whole scheduler ticks, so a short
        # call would read 0.  The limit itself stays process-wide.
        self.call_started = time.thread_time()
        if self.cpu_limit > 0:
            signal.setitimer(signal.ITIMER_PROF, self.cpu_limit)
        try:
            try:
                value = run()
            except BaseException as exc:  # noqa: BLE001 - the submission's exceptions are data
                self.stop_if_forked()
                return self.attach_output({"ok": False, "error": self.describe(exc, loading), "cpu": self.spent()})
            self.stop_if_forked()
            response = self.encoded(value, inputs, sent)
            response["cpu"] = self.spent()
            return self.attach_output(response)
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            self.current_id = None  # no call out: a print from a thread the submission left running has no call to end

    def attach_output(self, response: dict[str, Any]) -> dict[str, Any]:
        """What the call printed goes with its answer, only when it printed:
        a quiet call's answer stays as small as it was."""
        if self.printed.total:
            response["out"] = self.printed.take()
        return response

    def stop_if_forked(self) -> None:
        """A process the submission forked comes back out of its code here.
        It must neither answer on the protocol channel nor read the next
        request, so it stops where it is, keeping its pid until the case ends
        and the zygote (or the local sandbox's process-group kill) removes it.
        Stopped, not exited: a fork bomb then fills its pids limit and every
        fork fails, instead of racing exits against forks (RE or TLE by luck)."""
        if os.getpid() != self.pid:
            os.kill(os.getpid(), signal.SIGSTOP)
            os._exit(0)

    def spent(self) -> float:
        return time.thread_time() - self.call_started

    # -- handles ----------------------------------------------------------
    def handle_out(self, obj: Any) -> int | list[Any]:
        if type(obj) is Callback:
            return ["c", obj.key]  # the test's own object goes back as itself
        with self.handle_lock:
            key = self.handle_keys.get(id(obj))
            if key is None:
                key = self.handle_keys[id(obj)] = len(self.handles) + 1
                self.handles[key] = obj  # held: its id stays its own
                fresh = getattr(self.local, "fresh", None)
                if fresh is not None:
                    fresh.append(key)
            return key

    def handle_in(self, ref: Any) -> Any:
        """A handle's object, a test's callable (["c", k]) or a module name (["n", name])."""
        if isinstance(ref, list):
            tag, body = ref
            if tag == "c" and type(body) is int:
                return self.callbacks.setdefault(body, Callback(self, body))
            if tag == "n" and isinstance(body, str) and self.module is not None and hasattr(self.module, body):
                return getattr(self.module, body)
            raise protocol.ProtocolError(f"unknown reference {ref!r}"[:200])
        if ref not in self.handles:
            raise protocol.ProtocolError(f"unknown handle {ref}")
        return self.handles[ref]

    # -- exceptions -------------------------------------------------------
    def describe(self, exc: BaseException, loading: bool) -> dict[str, Any]:
        try:
            return self.describe_fully(exc, loading)
        except Exception:  # noqa: BLE001 - builtins the submission patched (len, isinstance) break tracebacks
            return {"type": "RuntimeError", "message": "an exception the runner could not describe", "loading": loading}

    def describe_fully(self, exc: BaseException, loading: bool) -> dict[str, Any]:
        kind = type(exc)
        name = kind.__name__ if kind.__module__ in ("builtins", __name__) else f"{kind.__module__}.{kind.__qualname__}"
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == self.filename]
        line = frames[-1].lineno if frames else getattr(exc, "lineno", None)
        column = None
        if isinstance(exc, SyntaxError) and exc.filename == self.filename:
            line, column = exc.lineno, exc.offset
        return {
            "type": name,
            "classes": exception_classes(kind),
            "args": small_encoding(exc.args, self.handle_out),
            "message": clip(safe_str(exc)),
            "traceback": clip("".join(traceback.format_list(frames)), TEXT_CAP * 4),
            "line": line if isinstance(line, int) else None,
            "column": column if isinstance(column, int) else None,
            "loading": loading,
        }


def replayer(cls: Any) -> Any:
    """A design problem's ladder input, as one call: build the object, then
    make each (method, arguments) call in turn.  Its own lines are not counted
    (see UNCOUNTED), so the count is the class's work alone."""

    def replay(ctor_args: Any, ops: Any) -> None:
        obj = cls(*ctor_args)
        for name, op_args in ops:
            getattr(obj, name)(*op_args)

    UNCOUNTED.add(replay.__code__)
    return replay


UNCOUNTED: set[Any] = set()  # the runner's own code objects that a work count skips


class Staged:
    """A ladder input, sent once and measured several times.  Whether a call
    changes it is learnt on the first call and kept: only then must each
    repetition get its own copy.  Copies come from a snapshot of the input
    made here, from the decoder's plain values: a pickle (much faster than
    deepcopy), or, for structures too deep for pickle's recursion (a long
    linked list, a path-shaped tree), the protocol's own iterative table.
    Sharing and identity survive either way."""

    def __init__(self, key: Any, args: Any, kwargs: Any):
        self.key = key
        self.args = args
        self.kwargs = kwargs
        self.mutates: bool | None = None
        self.picture: Any = None

    def fresh(self) -> tuple[Any, Any]:
        """The input for one call: a copy unless calls are known to leave it alone."""
        if self.mutates is False:
            return self.args, self.kwargs
        return restore(self.snapshot())  # type: ignore[no-any-return]

    def snapshot(self) -> Any:
        if self.picture is None:
            self.picture = snapshot((self.args, self.kwargs))
        return self.picture

    def first_call(self, target: Any) -> float:
        """Call once on the input itself, learning whether calls change it
        (then the input is restored from its snapshot).  CPU seconds spent."""
        before = self.snapshot()
        started = time.thread_time()
        target(*self.args, **self.kwargs)
        spent = time.thread_time() - started
        try:
            self.mutates = snapshot((self.args, self.kwargs)) != before
        except Exception:  # noqa: BLE001 - an input the call made unreadable has changed
            self.mutates = True
        if self.mutates:
            self.args, self.kwargs = restore(before)
        return spent


def snapshot(value: Any) -> Any:
    """Bytes of a pickle, or the protocol's table when the value is too deep
    for pickle (compared by structure: tree nodes by shape, not identity)."""
    try:
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except RecursionError:
        return protocol.Encoder(max_objects=protocol.MAX_OBJECTS).encode(value)


def restore(picture: Any) -> Any:
    if isinstance(picture, bytes):
        return pickle.loads(picture)
    return protocol.Decoder().decode(picture)


MUTATING_REPS = 8


def timed_batches(target: Any, staged: Staged, min_seconds: float, max_reps: int = 100_000) -> tuple[float, int]:
    """CPU seconds per call, from batches grown until one lasts `min_seconds`.

    A call that changes its input gets its own copy per repetition, made
    before the clock starts (an in-place sort must not find its input sorted
    the second time); one that does not reuses the input, so an O(1) call on
    a large list is not charged O(n) for copying.  The garbage collector is
    off while the batch runs: its pauses are noise, not the algorithm's cost.

    The clock is the thread's: while a process CPU timer is armed (the
    per-call limit), Linux advances the process clock only at scheduler
    ticks, so a call shorter than a tick would read as 0 or a whole tick."""
    gc.collect()
    gc.disable()
    try:
        if staged.mutates is None:
            first = staged.first_call(target)  # warm-up, and the mutation check
        else:
            fresh = staged.fresh()
            started = time.thread_time()
            target(*fresh[0], **fresh[1])  # warm-up
            first = time.thread_time() - started
    finally:
        gc.enable()
    if first >= min_seconds:
        return first, 1  # long enough to time on its own: no second run at this size
    if staged.mutates:
        # Each repetition needs its own copy, which may cost far more than
        # the call (a linked list rebuilt from the table): the thread clock
        # is exact enough for a few.
        max_reps = min(max_reps, MUTATING_REPS)
    reps = 1
    while True:
        inputs = [staged.fresh() for _ in range(reps)]
        gc.disable()  # collected once before the warm-up: a full collection per batch costs more than the batch
        try:
            started = time.thread_time()
            for call_args, call_kwargs in inputs:
                target(*call_args, **call_kwargs)
            spent = time.thread_time() - started
        finally:
            gc.enable()
        if spent >= min_seconds or reps >= max_reps:
            return spent / reps, reps
        grow = min_seconds / spent * 1.2 if spent > 0 else 10.0
        reps = min(max_reps, max(reps * 2, int(reps * grow) + 1))


# C builtins whose work grows with the size of what they are given.  They do
# not run Python lines, so a line count alone would miss them: `sorted(xs)` or
# `xs.insert(0, x)` in a loop would look linear.  Their known cost in the size
# of their argument (or owner) is added to the count instead: a wrong weight
# would invent a log factor (sorted weighed as n) or hide one.  `x in list`
# compiles to an instruction, not a call, and stays invisible here: the
# trusted side catches it by the CPU time growing unlike the count.
COST: dict[str, Any] = {
    **dict.fromkeys(("sum", "min", "max", "any", "all", "list", "tuple", "set", "frozenset", "dict", "bytes", "fromkeys"), "n"),
    **dict.fromkeys(("sorted", "sort"), "n log n"),
    **dict.fromkeys(("insort", "insort_left", "insort_right", "heapify"), "n"),  # insort: a memmove inside
    **dict.fromkeys(("bisect", "bisect_left", "bisect_right", "heappush", "heappop", "heappushpop", "heapreplace"), "log n"),
}
METHOD_COST: dict[str, Any] = {
    **dict.fromkeys(("insert", "index", "count", "remove", "copy", "find", "rfind", "replace", "split"), "n"),
    **dict.fromkeys(("reverse", "fromkeys"), "n"),
    "sort": "n log n",
}
# Methods whose work is their argument's size, not their owner's: `xs.extend(ys)`
# costs len(ys), so a loop of small extends on a growing list stays linear.
ARGUMENT_COST = frozenset(("extend", "join", "update"))
# What the 3.11 path wraps: plain functions only (wrapping `list` or `dict`
# would break isinstance() and dict.fromkeys).
WRAPPABLE = {
    "builtins": ("sorted", "sum", "min", "max", "any", "all"),
    "bisect": ("insort", "insort_left", "insort_right", "bisect", "bisect_left", "bisect_right"),
    "heapq": ("heapify", "heappush", "heappop", "heappushpop", "heapreplace"),
}
SIZED = (list, tuple, dict, set, frozenset, str, bytes, bytearray, collections.deque)


def cost(kind: str, size: int, items: Any = None) -> int:
    if kind == "n log n":
        return size * max(1, sort_runs(items, size).bit_length())
    if kind == "log n":
        return max(1, size.bit_length())
    return size


def sort_runs(items: Any, size: int) -> int:
    """Timsort's cost is n log(runs), not n log n: sorted input is O(n).  The
    descents are counted with C calls only, so no Python line is added."""
    if not isinstance(items, (list, tuple)) or size < 2:
        return size
    try:
        return 1 + operator.countOf(map(operator.gt, items, itertools.islice(items, 1, None)), True)
    except TypeError:
        return size


def builtin_weight(fn: Any, arg0: Any, site: tuple[int, tuple[str, ...]] = (-1, ()), argument: Any = None) -> int:
    """The known cost of a C builtin call, in the size of what it is given.
    `site`: the call site's positional argument count (-1 unknown) and
    keyword names, read from its bytecode: a sort with `key=` gets no credit
    for sorted input (its runs are the keys', not the items'), and `pop` with
    an argument may shift every element.  `argument`: a 3.12+ method's one
    argument, where the bytecode shows it (see CallSites.argument)."""
    if isinstance(fn, (types.FunctionType, types.MethodType)):
        return 0  # Python code: its own lines are counted
    name = getattr(fn, "__name__", "")
    owner = getattr(fn, "__self__", None)
    if isinstance(fn, types.MethodDescriptorType):
        owner, arg0 = arg0, argument  # 3.12+: an unbound method whose first argument is its owner
    keyed = "key" in site[1]
    if isinstance(owner, SIZED):
        if name in ARGUMENT_COST:
            return size_of(arg0)  # the argument's size, where it is seen
        if name in METHOD_COST:
            return cost(METHOD_COST[name], len(owner), None if keyed else owner)
        if name == "pop" and isinstance(owner, list) and (arg0 == 0 or site[0] >= 1):
            return len(owner)  # pop(0) shifts every element (pop(i): at most all of them)
        return 0
    if name in COST:
        size = size_of(arg0)
        return cost(COST[name], size, None if keyed else arg0) if size else 0
    return 0


# Iterators over a sized source, whose length the call consumes in C:
# `sum(range(n))`, `max(map(abs, xs))`, `dict(zip(ks, vs))`, `"".join(map(str, xs))`.
# Their __reduce__ names their sources (exact builtin types only: a
# submission's class could run code there).  A generator is not one of them:
# its own lines are counted as it runs.
ITERATORS: tuple[type, ...] = (map, zip, filter, enumerate, reversed, type(iter([])), type(iter(())), type(iter("")), type(iter(range(0))))


def size_of(value: Any, depth: int = 0) -> int:
    """How many items a builtin will take from `value`: 0 when unknown."""
    if isinstance(value, SIZED) or type(value) is range:
        return len(value)
    if type(value) not in ITERATORS or depth > 4:
        return 0
    try:
        _, sources, *_ = value.__reduce__()
    except Exception:  # noqa: BLE001 - an exhausted or odd iterator: unknown
        return 0
    sizes = [size_of(source, depth + 1) for source in sources if not callable(source) or isinstance(source, SIZED)]
    sizes = [size for size in sizes if size]
    return min(sizes) if type(value) is zip and sizes else max(sizes, default=0)


class CallSites:
    """What each call site passes: its positional argument count and keyword
    names, and the local variable it passes when that is its one argument,
    read from the bytecode, as neither sys.monitoring's CALL event nor
    setprofile shows a call's arguments (beyond the first, on 3.12+).  Per
    line too, the work in C that no event shows (see WeighedSite)."""

    def __init__(self) -> None:
        self.cache: dict[Any, ReadSites] = {}
        # Per code object, the lines with something to weigh (most have
        # none): a line event asks this dict, the hooks' one cost per line.
        self.weighed: dict[Any, frozenset[int]] = {}

    def weighed_lines(self, code: Any) -> frozenset[int]:
        lines = self.weighed.get(code)
        if lines is None:
            lines = self.weighed[code] = frozenset(self._read(code).lines)
        return lines

    def _read(self, code: Any) -> ReadSites:
        read = self.cache.get(code)
        if read is None:
            READING[0] = True
            try:
                read = _call_sites(code)
            except Exception:  # noqa: BLE001 - unreadable bytecode: nothing known, as before
                read = ReadSites({}, {}, {})
            finally:
                READING[0] = False
            self.cache[code] = read
        return read

    def at(self, code: Any, offset: int) -> tuple[int, tuple[str, ...]]:
        return self._read(code).sites.get(offset, (-1, ()))

    def argument(self, code: Any, offset: int, frame: Any) -> Any:
        """The value of the call's one argument, if it is a local variable (else None)."""
        name = self._read(code).arguments.get(offset)
        return None if name is None else frame.f_locals.get(name)

    def on_line(self, code: Any, line: int) -> list[WeighedSite]:
        """The sites this line's events weigh (most lines: none)."""
        return self._read(code).lines.get(line, [])


class ReadSites(typing.NamedTuple):
    sites: dict[int, tuple[int, tuple[str, ...]]]  # offset: positional count, keyword names
    arguments: dict[int, str]  # offset: the local variable that is the call's one argument
    lines: dict[int, list[WeighedSite]]  # line: the sites its events weigh


LOCAL_LOADS = ("LOAD_FAST", "LOAD_FAST_CHECK", "LOAD_FAST_BORROW")


def _call_sites(code: Any) -> ReadSites:
    import dis

    read = ReadSites({}, {}, {})
    for site in weighed_sites(Reader(code)):
        if site.entry is not None:
            read.lines.setdefault(site.line, []).append(site)
    names: tuple[str, ...] = ()
    previous = None  # the instruction before this one
    local = None  # 3.11: the PRECALL's argument, for the CALL after it
    for instruction in dis.get_instructions(code):
        if instruction.opname == "KW_NAMES":  # 3.11, 3.12: an index into the constants
            names = _names(code.co_consts[instruction.arg]) if isinstance(instruction.arg, int) else ()
        elif instruction.opname in ("PRECALL", "CALL", "CALL_KW"):
            if instruction.opname == "CALL_KW" and previous is not None:
                names = _names(previous.argval)  # 3.13: the names are the constant loaded just before
            count = instruction.arg if isinstance(instruction.arg, int) else -1
            read.sites[instruction.offset] = (count - len(names) if count >= 0 else -1, names)
            if previous is not None and previous.opname in LOCAL_LOADS and count == 1 and not names:
                local = previous.argval
            if local is not None:
                read.arguments[instruction.offset] = local
            if instruction.opname != "PRECALL":
                names, local = (), None
        previous = instruction
    return read


def _names(value: Any) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, tuple) and all(isinstance(v, str) for v in value) else ()


class CountCapReached(Exception):
    pass


def count_work(target: Any, staged: Staged, cap: int) -> int | None:
    """Lines executed plus weighted builtin calls, for one call: the same on
    every run and under any load.  None when it passes `cap` (too slow to count)."""
    call_args, call_kwargs = staged.fresh()
    counter = [0]
    limit = cap if cap > 0 else 1 << 62
    monitoring = getattr(sys, "monitoring", None)
    try:
        if monitoring is not None:
            _count_with_monitoring(monitoring, target, call_args, call_kwargs, counter, limit)
        else:
            _count_with_trace(target, call_args, call_kwargs, counter, limit)
    except CountCapReached:
        return None
    return counter[0]


def _count_with_monitoring(monitoring: Any, target: Any, args: Any, kwargs: Any, counter: list[int], limit: int) -> None:
    tool = monitoring.PROFILER_ID
    events = monitoring.events

    sites = CallSites()
    weighed = sites.weighed

    def on_line(code: Any, line: int) -> Any:
        if code in UNCOUNTED:
            return monitoring.DISABLE
        counter[0] += 1
        lines = weighed.get(code)
        if lines is None:
            lines = sites.weighed_lines(code)
        if line in lines:
            counter[0] += site_weight(sys._getframe(1), sites.on_line(code, line))  # the frame whose line this is
        if counter[0] > limit:
            raise CountCapReached()
        return None

    def on_call(code: Any, offset: int, fn: Any, arg0: Any) -> None:
        if code in UNCOUNTED or isinstance(fn, (types.FunctionType, types.MethodType)):
            return
        argument = None
        if isinstance(fn, types.MethodDescriptorType) and fn.__name__ in ARGUMENT_COST:
            argument = sites.argument(code, offset, sys._getframe(1))  # the frame whose call this is
        counter[0] += builtin_weight(fn, arg0, sites.at(code, offset), argument)

    lines = LineTable()

    def on_jump(code: Any, offset: int, destination: int) -> Any:
        # A loop that stays on one line (a comprehension, a generator
        # expression) raises no LINE event on 3.12+: count its backward
        # jumps, as settrace's line events did before.
        if code in UNCOUNTED:
            return monitoring.DISABLE
        if destination < offset and lines.line(code, destination) == lines.line(code, offset):
            counter[0] += 1
            if counter[0] > limit:
                raise CountCapReached()
        return None

    monitoring.use_tool_id(tool, "judge-count")
    try:
        monitoring.register_callback(tool, events.LINE, on_line)
        monitoring.register_callback(tool, events.CALL, on_call)
        monitoring.register_callback(tool, events.JUMP, on_jump)
        monitoring.set_events(tool, events.LINE | events.CALL | events.JUMP)
        target(*args, **kwargs)
    finally:
        monitoring.set_events(tool, 0)
        for event in (events.LINE, events.CALL, events.JUMP):
            monitoring.register_callback(tool, event, None)
        monitoring.free_tool_id(tool)


class LineTable:
    """Source lines of bytecode offsets, per code object, from co_lines()."""

    def __init__(self) -> None:
        self.cache: dict[Any, dict[int, int | None]] = {}

    def line(self, code: Any, offset: int) -> int | None:
        table = self.cache.get(code)
        if table is None:
            table = self.cache[code] = {o: line for start, end, line in code.co_lines() for o in range(start, end, 2)}
        return table.get(offset)


def _count_with_trace(target: Any, args: Any, kwargs: Any, counter: list[int], limit: int) -> None:
    # Before Python 3.12: line events from settrace, and C calls from
    # setprofile (which shows the function but not its arguments, so only
    # bound methods like `xs.insert` can be weighed, and what CallSites
    # finds in the bytecode: one table for both hooks).
    sites = CallSites()
    weighed = sites.weighed

    def on_line(frame: Any, event: str, arg: Any) -> Any:
        code = frame.f_code
        if code in UNCOUNTED:
            return None
        if event == "line":
            counter[0] += 1
            lines = weighed.get(code)
            if lines is None:
                lines = sites.weighed_lines(code)
            if frame.f_lineno in lines:
                counter[0] += site_weight(frame, sites.on_line(code, frame.f_lineno))
            if counter[0] > limit:
                raise CountCapReached()
        return on_line

    def on_profile(frame: Any, event: str, arg: Any) -> None:
        if event == "c_call" and frame.f_code not in UNCOUNTED:
            code, offset = frame.f_code, frame.f_lasti
            argument = sites.argument(code, offset, frame) if getattr(arg, "__name__", "") in SIZED_METHODS else None
            counter[0] += builtin_weight(arg, argument, sites.at(code, offset))

    with weighed_functions(counter, target):
        sys.settrace(on_line)
        sys.setprofile(on_profile)
        try:
            target(*args, **kwargs)
        finally:
            sys.settrace(None)
            sys.setprofile(None)


# Methods that cost their argument's size (`"".join(parts)`) are weighed at
# their c_call, which names no argument: CallSites finds it.
SIZED_METHODS = ARGUMENT_COST | {"fromkeys"}


# Work done in C inside one instruction, that no call event shows: a slice
# copies its items, `out = ch + out` builds a new sequence, `xs += ys[i:]`
# copies ys's items, `first, *rest = xs` copies xs, `"".join([out, word])`
# copies both strings; and on 3.11 a
# builtin type called on anything (`set(s[i:j])`, `dict(zip(keys, values))`)
# raises no event at all.  The count weighs such a site by what it copies,
# read from the frame's locals at its line's event, where that event is
# sure to run it once: the event enters the line's run of instructions at
# its first, and from there to the site no jump leaves or lands and no local
# is stored.  So a comprehension's body, what follows a conditional's test
# and a `for` header's loop are not weighed (the header's first run is, once).
# Its operands are locals, constants, and what can be sized without running
# the submission's code (`len(xs) - 1`, `range(n)`, `zip(a, b)`, `s[i:j]`).
# The certificate then counts it as seen.
Expr = tuple[Any, ...]  # an operand as the bytecode shows it (see Reader)


class WeighedSite(typing.NamedTuple):
    line: int
    offset: int  # the weighed instruction's (a call's PRECALL on 3.11): where the certificate checks it
    entry: int | None  # the offset whose line event weighs it; None: its CALL event does (3.12+)
    kind: str  # SLICE, CONCAT, CONCAT_BACK, EXTEND, UNPACK, JOIN or BUILD
    operands: tuple[Expr, ...]
    sources: tuple[Expr, ...] = ()  # BUILD: the containers its argument's size comes from


SLICE, CONCAT, CONCAT_BACK, EXTEND, UNPACK, JOIN, BUILD = "slice", "concat", "concat back", "extend", "unpack", "join", "build"
SLICEABLE = (list, tuple, str, bytes, bytearray)
CONCATENATED = (list, tuple, str, bytes)  # `a + b` of two of one of these builds a third
UNPACKED = (list, tuple, str, bytes)
SIZED_TYPES = frozenset(("list", "tuple", "set", "frozenset", "dict", "bytes"))
SIZING_CALLS = frozenset(("range", "zip", "enumerate", "map", "filter"))
CHEAP_MAPS = frozenset(("abs", "len", "str", "int", "float", "bool", "ord", "chr", "hash"))  # a step per small item
MONITORED = hasattr(sys, "monitoring")  # 3.12+: a type's CALL event shows its argument, and weighs it
STORES = frozenset(("STORE_FAST", "DELETE_FAST", "STORE_DEREF", "DELETE_DEREF", "LOAD_FAST_AND_CLEAR", "STORE_FAST_MAYBE_NULL"))


def weighed_sites(reader: Reader) -> list[WeighedSite]:
    """The sites the count weighs (see above), in a code object read once."""
    entries = _entries(reader.ins)
    found: list[WeighedSite] = []
    for i, ins in enumerate(reader.ins):
        site = _site(reader, i)
        if site is None:
            continue
        kind, operands, sources = site
        called = kind == BUILD and MONITORED  # its CALL event weighs it (3.12+)
        entry = None if called else entries[i]
        if called or entry is not None:
            found.append(WeighedSite(ins.line, ins.offset, entry, kind, operands, sources))
    return found


def _entries(instructions: list[Ins]) -> list[int | None]:
    """Per instruction, the offset whose line event is sure to run it once:
    where its line's run of instructions starts, when no jump, landing or
    store lies between; else None."""
    closing = _closing_ops()
    entries: list[int | None] = []
    entry: int | None = None
    previous = None
    for ins in instructions:
        if ins.line != previous:
            entry = ins.offset
        elif ins.target:
            entry = None
        entries.append(entry)
        if ins.op in closing:
            entry = None
        previous = ins.line
    return entries


@functools.cache
def _closing_ops() -> frozenset[str]:
    """The instructions after which a line's event no longer runs what follows
    once: jumps and stores (read once; `dis` is imported only when needed)."""
    import dis

    return frozenset(dis.opname[op] for op in (*dis.hasjrel, *dis.hasjabs)) | STORES


Site = tuple[str, tuple[Expr, ...], tuple[Expr, ...]]  # kind, operands, sources


def _site(reader: Reader, i: int) -> Site | None:
    ins = reader.ins[i]
    if ins.op in ("BINARY_SLICE", "BINARY_SUBSCR"):
        operands = _sliced(reader, i)
        if operands is not None and operands[0][0] == "local" and all(_scalar(bound) for bound in operands[1:]):
            return SLICE, tuple(operands), ()
    elif ins.op == "BINARY_OP" and ins.symbol == "+":
        # Only a sum stored back into one of its operands (`out = ch + out`):
        # the growing sequence that makes a loop quadratic.  Any `a + b` of
        # two locals would cost every line of arithmetic a read of its frame.
        found, _ = reader.values(i, 2)
        after = reader.ins[i + 1] if i + 1 < len(reader.ins) else None
        if found is not None and all(map(_plain, found)) and after is not None and after.op == "STORE_FAST":
            stored = ("local", after.argval)
            if stored in found:  # `s = s + t` may grow s in place (CPython's str only), as `s += t` does
                return (CONCAT_BACK if found[0] == stored else CONCAT), tuple(found), ()
    elif ins.op == "BINARY_OP" and ins.symbol == "+=":
        # `merged += left[i:]`: a list extended in place by what can be sized
        # (not by a local: `total += x` would cost each line of sums a read of its frame).
        found, _ = reader.values(i, 2)
        if found is not None and found[0][0] == "local" and found[1][0] != "local" and _sources(found[1]) is not None:
            return EXTEND, tuple(found), ()
    elif ins.op == "UNPACK_EX":
        found, _ = reader.values(i, 1)
        if found is not None and found[0][0] == "local":
            return UNPACK, tuple(found), ()
    elif ins.op in CALLS and not reader.precalled(i):
        call, _ = reader.call(i)
        return None if call is None else _call_site(call)
    return None


def _call_site(call: Expr) -> Site | None:
    _, callee, args, keywords = call
    if keywords or len(args) != 1:
        return None
    if callee[0] == "method" and callee[2] == "join" and args[0][0] in ("list", "tuple") and all(map(_plain, args[0][1:])):
        return JOIN, tuple(args[0][1:]), ()
    sources = _sources(args[0]) if callee[0] == "global" and callee[1] in SIZED_TYPES else None
    return None if sources is None else (BUILD, (callee, args[0]), tuple(sources))


def _sliced(reader: Reader, i: int) -> list[Expr] | None:
    """The object and the bounds of the slice instruction i makes, else None:
    BINARY_SLICE on 3.12+, BUILD_SLICE then BINARY_SUBSCR on 3.11 and for a step."""
    ins = reader.ins[i]
    if ins.op == "BINARY_SLICE":
        return reader.values(i, 3)[0]
    if ins.op != "BINARY_SUBSCR" or i == 0 or reader.ins[i - 1].op != "BUILD_SLICE":
        return None
    bounds, start = reader.values(i - 1, reader.ins[i - 1].arg)
    if bounds is None or reader.ins[i].target or reader.ins[i - 1].target:
        return None
    container, _ = reader.value(start - 1)
    return None if container is None else [container, *bounds]


def _plain(expr: Expr) -> bool:
    return expr[0] in ("local", "const")


def _scalar(expr: Expr) -> bool:
    """An int the line's event can compute: a local, a constant, `len` of a local, and + - * // of those."""
    if _plain(expr):
        return True
    if expr[0] == "op":
        return expr[1] in ("+", "-", "*", "//") and _scalar(expr[2]) and _scalar(expr[3])
    return expr[0] == "call" and expr[1] == ("global", "len") and len(expr[2]) == 1 and expr[2][0][0] == "local" and not expr[3]


def _sources(expr: Expr) -> list[Expr] | None:
    """The containers whose sizes size this expression, where the line's event
    can size it (see _size): a local, a slice of one, range, zip, enumerate,
    map and filter of those (mapping a cheap builtin or a lambda); else None."""
    if expr[0] == "local":
        return [expr]
    if expr[0] == "item" and expr[2][0] == "slice" and expr[1][0] == "local" and all(map(_scalar, expr[2][1:])):
        return [expr[1]]
    if expr[0] != "call" or expr[1][0] != "global" or expr[1][1] not in SIZING_CALLS:
        return None
    name, args = expr[1][1], _positional(expr)
    if name == "range":
        return [] if args and all(map(_scalar, args)) else None
    if name in ("map", "filter"):
        if len(args) < 2 or not (args[0] == ("function",) or (args[0][0] == "global" and args[0][1] in CHEAP_MAPS)):
            return None
        args = args[1:]
    found: list[Expr] = []
    for arg in args:
        inner = _sources(arg)
        if inner is None:
            return None
        found += inner
    return found if args else None


def _positional(call: Expr) -> list[Expr]:
    """A call's arguments, less the constants that end them when it passes
    keywords (`zip(a, b, strict=True)`, `enumerate(xs, start=1)`)."""
    args = list(call[2])
    while call[3] and args and args[-1][0] == "const":
        args.pop()
    return args


def site_weight(frame: Any, sites: list[WeighedSite]) -> int:
    """What the sites this line event enters will copy, read from the frame's locals."""
    at = frame.f_lasti
    entered = [site for site in sites if site.entry == at]
    if not entered:
        return 0
    names = frame.f_locals
    READING[0] = True
    try:
        return sum(_weight(site, frame, names) for site in entered)
    finally:
        READING[0] = False


def _weight(site: WeighedSite, frame: Any, names: Any) -> int:
    kind, operands = site.kind, site.operands
    if kind == SLICE:
        return _slice_length(operands, frame, names)
    if kind == BUILD:
        return _size(operands[1], frame, names) if _builtin(frame, operands[0][1]) else 0
    if kind == EXTEND:
        return _size(operands[1], frame, names) if type(names.get(operands[0][1])) is list else 0
    values = [_plain_value(operand, names) for operand in operands]
    if kind in (CONCAT, CONCAT_BACK):
        left, right = values
        kept = type(left) is type(right) and type(left) in CONCATENATED and not (kind == CONCAT_BACK and type(left) is str)
        return len(left) + len(right) if kept else 0
    if kind == UNPACK:
        return len(values[0]) if type(values[0]) in UNPACKED else 0
    return sum(len(value) for value in values) if all(type(value) is str for value in values) else 0  # JOIN


def _plain_value(expr: Expr, names: Any) -> Any:
    return names.get(expr[1], UNREAD) if expr[0] == "local" else expr[1]


def _builtin(frame: Any, name: str) -> bool:
    """The name means the builtin here: the submission may have bound it to something of its own."""
    found = frame.f_globals.get(name, frame.f_builtins.get(name))
    return found is not None and found is getattr(builtins, name, None)


def _slice_length(operands: tuple[Expr, ...], frame: Any, names: Any) -> int:
    container = names.get(operands[0][1])
    if type(container) not in SLICEABLE:
        return 0
    bounds = [_scalar_value(bound, frame, names) for bound in operands[1:]]
    if not all(bound is None or type(bound) is int for bound in bounds):
        return 0
    try:
        return len(range(*slice(*bounds).indices(len(container))))
    except ValueError:  # a zero step: the slice raises, copying nothing
        return 0


def _scalar_value(expr: Expr, frame: Any, names: Any) -> Any:
    """The value of a _scalar expression (an int or None), or UNREAD."""
    if _plain(expr):
        value = _plain_value(expr, names)
        return value if value is None or type(value) is int else UNREAD
    if expr[0] == "op":
        left, right = _scalar_value(expr[2], frame, names), _scalar_value(expr[3], frame, names)
        if type(left) is not int or type(right) is not int or max(left.bit_length(), right.bit_length()) > SMALL_BITS:
            return UNREAD
        try:
            return BINARY[expr[1]](left, right)
        except ZeroDivisionError:
            return UNREAD
    value = _plain_value(expr[2][0], names)  # `len(xs)`
    return len(value) if _builtin(frame, "len") and type(value) in SIZED else UNREAD


def _size(expr: Expr, frame: Any, names: Any) -> int:
    """How many items a _sources expression yields (0: unknown)."""
    if expr[0] == "local":
        value = names.get(expr[1])
        return size_of(value) if type(value) in SIZED or type(value) is range else 0
    if expr[0] == "item":
        return _slice_length((expr[1], *expr[2][1:]), frame, names)
    name, args = expr[1][1], _positional(expr)
    if not _builtin(frame, name):
        return 0
    if name == "range":
        bounds = [_scalar_value(arg, frame, names) for arg in args]
        try:
            return len(range(*bounds)) if all(type(bound) is int for bound in bounds) else 0
        except (ValueError, OverflowError):
            return 0
    if name in ("map", "filter"):
        args = args[1:]
    sizes = [_size(arg, frame, names) for arg in args]
    return min(sizes) if name in ("zip", "map") else sizes[0]


@contextlib.contextmanager
def weighed_functions(counter: list[int], target: Any) -> Iterator[None]:
    """For the count's duration, `sorted`, `bisect.insort` and friends are
    wrapped where the submission finds them: in builtins, in their modules,
    and in the submission's own globals (`from bisect import insort`)."""
    originals: dict[int, Any] = {}
    for module_name, names in WRAPPABLE.items():
        module = sys.modules.get(module_name)
        for name in names:
            if module is not None and hasattr(module, name):
                originals[id(getattr(module, name))] = getattr(module, name)
    spaces = [vars(sys.modules[m]) for m in WRAPPABLE if m in sys.modules]
    function = getattr(target, "__func__", target)
    if isinstance(getattr(function, "__globals__", None), dict):
        spaces.append(function.__globals__)
    swapped: list[tuple[dict[str, Any], str, Any]] = []
    for space in spaces:
        for name, value in list(space.items()):
            if originals.get(id(value)) is value:
                swapped.append((space, name, value))
                space[name] = _weighed(value, counter)
    try:
        yield
    finally:
        for space, name, value in swapped:
            space[name] = value


# True while the runner's own code, in a hook, reads a code object or weighs
# a line: its calls of `all` or `sum` (and dis's) are not the submission's.
READING = [False]


def _weighed(original: Any, counter: list[int]) -> Any:
    """`sorted` and friends, wrapped to add their argument's size to the count
    (what sys.monitoring's CALL event shows on 3.12+, and setprofile cannot)."""

    def weighed(*args: Any, **kwargs: Any) -> Any:
        if not READING[0]:
            counter[0] += builtin_weight(original, args[0] if args else None, (len(args), tuple(kwargs)))
        return original(*args, **kwargs)

    UNCOUNTED.add(weighed.__code__)
    return weighed


# The certificate: did the count see all of the work?  The count is blind to
# work in C inside instructions (`x in xs`, `xs == ys`, slicing) and inside C
# calls it does not weigh, so the trusted side doubts a count that CPU time
# leans away from, and with it an exact count against a hash table's cache
# misses.  A certificate settles which: the call runs once more with every
# instruction traced, and each one that can cost more than a constant is
# checked against the values it works on, read from its frame.  Strict on
# purpose: an operand the frame does not show (a call's result, a branch's
# join) makes the count incomplete.
SMALL_BITS = 256  # an int this wide is one machine step or a few
SMALL_TEXT = 64  # a str or bytes this long: one step too
SMALL_ITEMS = 8  # a tuple or set this long, of small items: a constant's size
SMALL_EXPONENT = 64  # a power or a shift this far keeps a small number small
NUMBERS = (int, float, bool)
INDEXED = (list, tuple, str, bytes, bytearray, dict)
HASHED = (set, frozenset, dict)
FLAT = (list, tuple, set, frozenset, dict, collections.deque)
POWERS = ("**", "**=", "<<", "<<=")
UNREAD: Any = object()  # a value its frame does not show


class Known(typing.NamedTuple):
    """A small scalar whose value was not read: what `len(...)` returns."""

    kind: type


class Method(typing.NamedTuple):
    """`owner.name`, about to be called: looked up by the check, not here."""

    owner: Any
    name: str


class Uncounted(BaseException):
    """Work the count does not see (a BaseException: the submission's
    `except Exception` must not swallow it)."""


def small(value: Any, depth: int = 0) -> bool:
    """Bounded work to compare, hash or copy, whatever n is."""
    kind = type(value)
    if kind is Known or kind in (bool, float, type(None)):
        return True
    if kind is int:
        return bool(value.bit_length() <= SMALL_BITS)
    if kind in (str, bytes):
        return len(value) <= SMALL_TEXT
    if kind in (tuple, frozenset) and depth < 2:
        return len(value) <= SMALL_ITEMS and all(small(item, depth + 1) for item in value)
    return False


def numeric(value: Any) -> bool:
    return value.kind in NUMBERS if type(value) is Known else type(value) in NUMBERS and small(value)


def _small_exponent(value: Any) -> bool:
    return type(value) is int and 0 <= value <= SMALL_EXPONENT


class Ins(typing.NamedTuple):
    offset: int
    op: str
    arg: int
    argval: Any
    line: int
    target: bool  # a jump lands here
    symbol: str  # an operator's, as dis shows it
    own: int  # its own offset (`offset`: its EXTENDED_ARG's, where settrace reports it)


# 3.13's two-in-one instructions, read as the two they do.
PAIRED = {"LOAD_FAST_LOAD_FAST": ("LOAD_FAST", "LOAD_FAST"), "STORE_FAST_LOAD_FAST": ("STORE_FAST", "LOAD_FAST")}
PAIRED["STORE_FAST_STORE_FAST"] = ("STORE_FAST", "STORE_FAST")
LOADS = frozenset(("LOAD_FAST", "LOAD_FAST_CHECK", "LOAD_FAST_BORROW", "LOAD_DEREF", "LOAD_CLOSURE"))
CALLS = frozenset(("CALL", "CALL_KW", "PRECALL"))
OPERATORS = frozenset(("BINARY_OP", "BINARY_SUBSCR", "COMPARE_OP", "CONTAINS_OP", "IS_OP"))
FLAGGED_ATTRIBUTES = sys.version_info >= (3, 12)  # LOAD_ATTR's low bit: a method load
NULL_FIRST = sys.version_info < (3, 13)  # a call's NULL goes below its callee, not above


def _instructions(code: Any) -> list[Ins]:
    import dis

    read: list[Ins] = []
    line = code.co_firstlineno
    prefix: Any = None  # an EXTENDED_ARG before this instruction: where its event comes
    for instruction in dis.get_instructions(code):
        if instruction.positions is not None and instruction.positions.lineno is not None:
            line = instruction.positions.lineno
        if instruction.opname == "EXTENDED_ARG":
            prefix = prefix or instruction
            continue
        offset, target = (prefix.offset, prefix.is_jump_target) if prefix else (instruction.offset, instruction.is_jump_target)
        prefix = None
        arg = instruction.arg if isinstance(instruction.arg, int) else 0
        if instruction.opname in PAIRED and isinstance(instruction.argval, tuple):
            first, second = PAIRED[instruction.opname]
            read.append(Ins(offset, first, 0, instruction.argval[0], line, target, "", instruction.offset))
            read.append(Ins(offset, second, 0, instruction.argval[1], line, False, "", instruction.offset))
        else:
            read.append(Ins(offset, instruction.opname, arg, instruction.argval, line, target, instruction.argrepr, instruction.offset))
    return read


class Reader:
    """The expressions that a code object's instructions work on: each
    operand read back through the instructions that pushed it, while they
    are loads, constants, arithmetic, subscripts and calls, in a straight
    line (no jump lands inside)."""

    def __init__(self, code: Any):
        self.ins = _instructions(code)

    def value(self, i: int) -> tuple[Expr | None, int]:
        """The expression instruction i pushes, and where it starts."""
        if i < 0:
            return None, -1
        ins = self.ins[i]
        if ins.op in LOADS:
            return ("local", ins.argval), i
        if ins.op in ("LOAD_CONST", "LOAD_SMALL_INT"):
            return ("const", ins.argval), i
        if ins.op == "LOAD_GLOBAL" and (NULL_FIRST or not ins.arg & 1):
            return ("global", ins.argval), i  # with a NULL below: the base of a callee (see call)
        if ins.op == "COPY" and ins.arg == 1:  # `x.a += 1`: the owner, twice (the copy is this value)
            return self.value(i - 1)[0], i
        if ins.op == "LOAD_ATTR" and not (FLAGGED_ATTRIBUTES and ins.arg & 1):
            owner, start = self.value(i - 1)
            return (None, -1) if owner is None else (("attribute", owner, ins.argval), start)
        if ins.op == "BINARY_SLICE":  # 3.12+
            operands, start = self.values(i, 3)
            return (None, -1) if operands is None else (("item", operands[0], ("slice", *operands[1:])), start)
        if ins.op in OPERATORS:
            operands, start = self.values(i, 2)
            if operands is None:
                return None, -1
            if ins.op == "BINARY_OP":
                return ("op", ins.symbol, *operands), start
            return (("item", *operands) if ins.op == "BINARY_SUBSCR" else ("bool",)), start
        if ins.op in ("UNARY_NEGATIVE", "UNARY_INVERT", "UNARY_NOT"):
            operands, start = self.values(i, 1)
            return (None, -1) if operands is None else (("bool",) if ins.op == "UNARY_NOT" else ("unary", operands[0])), start
        if self.precalled(i):
            return self.call(i - 1)  # 3.11: the call was read at its PRECALL
        if ins.op in CALLS:
            return self.call(i)
        if ins.op == "MAKE_FUNCTION" and i and self.ins[i - 1].op == "LOAD_CONST":
            if ins.arg & ~8:  # defaults or annotations: more values below
                return None, -1
            closure, start = self.values(i - 1, 1) if ins.arg & 8 else ([], i - 1)  # 3.11, 3.12: a closure's cells
            return (None, -1) if closure is None else (("function",), start)
        if ins.op == "SET_FUNCTION_ATTRIBUTE" and ins.arg == 8:  # 3.13: the closure, set after
            operands, start = self.values(i, 2)
            return (None, -1) if operands is None else (operands[1], start)
        if ins.op == "BUILD_TUPLE" and ins.arg <= SMALL_ITEMS:
            operands, start = self.values(i, ins.arg)
            return (None, -1) if operands is None else (("tuple", *operands), start)
        if ins.op == "BUILD_SLICE":
            operands, start = self.values(i, ins.arg)
            return (None, -1) if operands is None else (("slice", *operands), start)
        if ins.op == "BUILD_LIST" and ins.arg <= SMALL_ITEMS:
            operands, start = self.values(i, ins.arg)
            return (None, -1) if operands is None else (("list", *operands), start)
        return None, -1

    def precalled(self, i: int) -> bool:
        """3.11's CALL, after the PRECALL that stands for it."""
        return self.ins[i].op == "CALL" and i > 0 and self.ins[i - 1].op == "PRECALL"

    def values(self, end: int, count: int) -> tuple[list[Expr] | None, int]:
        """The `count` values on top of the stack before instruction `end`, the lowest first."""
        found: list[Expr] = []
        i = end - 1
        for _ in range(count):
            expr, start = self.value(i)
            if expr is None:
                return None, -1
            found.append(expr)
            i = start - 1
        found.reverse()
        start = i + 1
        if any(self.ins[j].target for j in range(start + 1, end + 1)):
            return None, -1  # a jump lands inside: the stack there came two ways
        return found, start

    def call(self, at: int) -> tuple[Expr | None, int]:
        ins = self.ins[at]
        end, keywords = at, False
        if ins.op == "CALL_KW":  # 3.13: the keyword names, a constant on top
            names, end = self.value(at - 1)
            if names is None:
                return None, -1
            keywords = True
        elif at and self.ins[at - 1].op == "KW_NAMES":  # 3.11, 3.12
            end, keywords = at - 1, True
        if ins.arg == 0 and at >= 2 and self.ins[at - 1].op == "GET_ITER":
            # A comprehension (3.11) or a generator expression: a function
            # of our own making, called on an iterator.
            made = self.values(at - 1, 2)
            return (None, -1) if made[0] is None or made[0][0] != ("function",) else (("call", ("function",), [], False), made[1])
        args, first = self.values(end, ins.arg)
        if args is None or first < 1:
            return None, -1
        j = first - 1
        callee_ins = self.ins[j]
        if callee_ins.op == "LOAD_GLOBAL" and callee_ins.arg & 1:  # the callee and a NULL, in one
            return ("call", ("global", callee_ins.argval), args, keywords), j
        if callee_ins.op == "LOAD_METHOD" or (callee_ins.op == "LOAD_ATTR" and FLAGGED_ATTRIBUTES and callee_ins.arg & 1):
            owner, start = self.value(j - 1)
            return (None, -1) if owner is None else (("call", ("method", owner, callee_ins.argval), args, keywords), start)
        if callee_ins.op == "PUSH_NULL":  # 3.13: the callee, then a NULL
            callee, start = self.value(j - 1)
        else:  # 3.11, 3.12: a NULL, then the callee (`mod.f`: its global pushes the NULL)
            callee, start = self.value(j)
            base = self.ins[start] if callee is not None else None
            if base is not None and not (base.op == "LOAD_GLOBAL" and base.arg & 1):
                if start < 1 or self.ins[start - 1].op != "PUSH_NULL":
                    return None, -1
                start -= 1
        return (None, -1) if callee is None else (("call", callee, args, keywords), start)


class Plan(typing.NamedTuple):
    check: Any  # (certifier, values, symbol) -> what the count missed, or ""
    operands: list[Expr | None]  # None: not readable
    line: int
    symbol: str


def _call_kind(call: Expr) -> str:
    """A call plan's symbol: "keywords" when it passes some; "local" when its
    one argument is a local variable, the only argument of `join` and the
    like that the count weighs on every Python (a builtin type's call, where
    weighed, is a WeighedSite)."""
    if call[3]:
        return "keywords"
    return "local" if len(call[2]) == 1 and call[2][0][0] == "local" else ""


def _plans(code: Any) -> dict[int, Plan]:
    """Per offset, what to check there: the instructions that can cost more than a constant."""
    reader = Reader(code)
    plans: dict[int, Plan] = {}
    weighed = {site.offset: site for site in weighed_sites(reader)}
    for i, ins in enumerate(reader.ins):
        check, count = CHECKS.get(ins.op, (None, 0))
        site = weighed.get(ins.offset)
        symbol = weighed_symbol(site.kind) if site else ins.symbol
        if check is None or reader.precalled(i):
            continue
        if ins.op in CALLS and site is not None:  # the callee, then what the count weighed it by
            call, _ = reader.call(i)
            operands: list[Expr | None] = [call[1] if call else None, *(site.sources if site.kind == BUILD else site.operands)]
        elif ins.op in CALLS:  # the callee, then the arguments
            call, _ = reader.call(i)
            operands = [None] if call is None else [call[1], *call[2]]
            symbol = "" if call is None else _call_kind(call)
        elif ins.op == "STORE_SUBSCR":  # the container and the key; then the value stored, below them
            found, start = reader.values(i, 2)
            operands = [None, None, None] if found is None else [*found, reader.value(start - 1)[0]]
        elif ins.op in ("FORMAT_WITH_SPEC", "MAP_ADD") or (ins.op == "FORMAT_VALUE" and ins.arg & 4):
            found, _ = reader.values(i, 2)  # the value formatted and its spec; the key added and its value
            operands = [None] if found is None else [found[0]]
            symbol = "" if ins.op == "MAP_ADD" or (found is not None and found[1][0] == "const") else "spec"
        else:
            found, _ = reader.values(i, count)
            operands = [None] * count if found is None else list(found)
        plans[ins.offset] = plans[ins.own] = Plan(check, operands, ins.line, symbol)
    return plans


def _describe(value: Any) -> str:
    if value is UNREAD:
        return "a value its frame does not show"
    name = value.kind.__name__ if type(value) is Known else type(value).__name__
    article = "an" if name[0] in "aeiou" else "a"
    if type(value) in SIZED:
        return f"{article} {name} of {len(value):,}"
    return f"{article} {name}"


class Certifier:
    """Checks each costly instruction as it is about to run (see Plan)."""

    def __init__(self) -> None:
        self.plans: dict[Any, dict[int, Plan]] = {}
        self.flat_cache: dict[int, tuple[Any, int, bool]] = {}
        self.missed = ""  # the first work the count does not see

    def plans_of(self, code: Any) -> dict[int, Plan]:
        plans = self.plans.get(code)
        if plans is None:
            plans = self.plans[code] = {} if code in UNCOUNTED else _plans(code)
        return plans

    def on_call(self, frame: Any, event: str, arg: Any) -> Any:
        """settrace's, before 3.12: opcode events in the frames that have something to check."""
        plans = self.plans_of(frame.f_code)
        if not plans:
            return None
        frame.f_trace_lines = False
        frame.f_trace_opcodes = True

        def on_opcode(frame: Any, event: str, arg: Any) -> Any:
            plan = plans.get(frame.f_lasti) if event == "opcode" else None
            if plan is not None:
                self.check(plan, frame)
            return on_opcode

        return on_opcode

    def check(self, plan: Plan, frame: Any) -> None:
        names = frame.f_locals
        try:
            values = [UNREAD if expr is None else self.evaluate(expr, frame, names) for expr in plan.operands]
            missed = plan.check(self, values, plan.symbol)
        except Exception as error:  # noqa: BLE001 - an operand it could not read: not a certificate, not the submission's error
            missed = f"an operand it could not read ({type(error).__name__})"
        if missed:
            self.missed = f"line {plan.line}: {missed}"
            raise Uncounted(self.missed)

    def evaluate(self, expr: Expr, frame: Any, names: Any) -> Any:
        """The value an expression had, from the frame's locals: only
        reading builtin containers and arithmetic on small numbers, so that
        evaluating runs none of the submission's code."""
        kind = expr[0]
        if kind == "local":
            return names.get(expr[1], UNREAD)
        if kind == "const":
            return expr[1]
        if kind == "global":
            found = frame.f_globals.get(expr[1], UNREAD)
            return frame.f_builtins.get(expr[1], UNREAD) if found is UNREAD else found
        if kind == "bool":
            return Known(bool)
        if kind == "method":
            return Method(self.evaluate(expr[1], frame, names), expr[2])
        if kind == "attribute":
            return _attribute(self.evaluate(expr[1], frame, names), expr[2])
        if kind == "function":
            return _comprehension
        if kind == "tuple":
            items = tuple(self.evaluate(item, frame, names) for item in expr[1:])
            return UNREAD if UNREAD in items else items
        if kind == "slice":
            bounds = [self.evaluate(bound, frame, names) for bound in expr[1:]]
            return slice(*bounds) if all(bound is None or type(bound) is int for bound in bounds) else slice(None)
        if kind == "unary":
            operand = self.evaluate(expr[1], frame, names)
            return Known(type(operand) if type(operand) is not Known else operand.kind) if numeric(operand) else UNREAD
        if kind == "op":
            return _arithmetic(expr[1], self.evaluate(expr[2], frame, names), self.evaluate(expr[3], frame, names))
        if kind == "item":
            return _item(self.evaluate(expr[1], frame, names), self.evaluate(expr[2], frame, names))
        if kind == "call" and expr[1][0] == "global":
            returns = RETURNS.get(id(self.evaluate(expr[1], frame, names)))
            return UNREAD if returns is None else Known(returns)
        if kind == "call" and expr[1][0] == "method" and expr[1][2] == "get" and 1 <= len(expr[2]) <= 2:
            owner = self.evaluate(expr[1][1], frame, names)
            args = [self.evaluate(arg, frame, names) for arg in expr[2]]
            return owner.get(*args) if type(owner) is dict and all(small(arg) for arg in args) else UNREAD
        return UNREAD

    def flat(self, value: Any) -> bool:
        """A container of small items only (a dict: its keys): what the count
        weighs a builtin by is then the builtin's work.  Remembered per
        object and length, so a loop of bisects does not scan its list each time."""
        if type(value) is range or type(value) in (str, bytes):
            return True
        if type(value) not in FLAT:
            return False
        known = self.flat_cache.get(id(value))
        if known is not None and known[0] is value and known[1] == len(value):
            return known[2]
        answer = all(small(item) for item in value)
        self.flat_cache[id(value)] = (value, len(value), answer)
        return answer

    def forget(self, container: Any) -> None:
        self.flat_cache.pop(id(container), None)


def _returns() -> dict[int, type]:
    """Builtins that return a small scalar, by identity: a call of one, read from the bytecode, is one."""
    import bisect

    returns = {id(builtins.len): int, id(builtins.hash): int, id(builtins.id): int, id(builtins.ord): int}
    returns |= {id(getattr(bisect, name)): int for name in ("bisect", "bisect_left", "bisect_right")}
    return returns | {id(builtins.isinstance): bool, id(builtins.callable): bool, id(builtins.bool): bool}


RETURNS = _returns()


def _arithmetic(symbol: str, left: Any, right: Any) -> Any:
    if numeric(left) and numeric(right):
        if type(left) is not Known and type(right) is not Known and symbol.removesuffix("=") in BINARY:
            try:
                return BINARY[symbol.removesuffix("=")](left, right)
            except (ArithmeticError, TypeError, ValueError):
                return UNREAD
        return Known(float if float in (type(left), type(right)) or symbol in ("/", "/=") else int)
    if type(left) is str and type(right) is str and small(left) and small(right) and symbol in ("+", "+="):
        return left + right
    return UNREAD


# The operators evaluated on small numbers (in place too: `+=`), all cheap there.
BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "//": operator.floordiv, "%": operator.mod}
BINARY.update({"&": operator.and_, "|": operator.or_, "^": operator.xor, ">>": operator.rshift})


def _attribute(owner: Any, name: str) -> Any:
    """A module's global, or an instance's plain attribute: read from their
    dicts, where no descriptor or __getattr__ of the class could run."""
    if issubclass(type(owner), types.ModuleType):
        return vars(owner).get(name, UNREAD)
    cls: Any = type(owner)
    if cls.__getattribute__ is not object.__getattribute__ or any(name in vars(c) or "__getattr__" in vars(c) for c in cls.__mro__):
        return UNREAD
    return vars(owner).get(name, UNREAD) if isinstance(getattr(owner, "__dict__", None), dict) else UNREAD


def _item(container: Any, index: Any) -> Any:
    if type(index) is slice and type(container) in SLICEABLE:
        return container[index]  # `sum(nums[i:j])`: what the call is given (the copy costs what the submission's does)
    if type(container) not in INDEXED or type(index) not in (int, str, bool, float, tuple) or not small(index):
        return UNREAD
    try:
        return container[index]
    except (LookupError, TypeError):
        return UNREAD


# The checks, one signature: (certifier, operand values, operator symbol) ->
# the work the count would miss, or "" when there is none.
def _comparison(certifier: Certifier, values: list[Any], symbol: str) -> str:
    left, right = values
    # Against a small value the comparison stops within it (another type: at once).
    return "" if small(left) or small(right) else f"a comparison of {_describe(left)}"


def _membership(certifier: Certifier, values: list[Any], symbol: str) -> str:
    item, container = values
    if small(container) or (type(container) in HASHED and small(item)):
        return ""
    return f"`in` on {_describe(container)}"


def _arithmetic_cost(certifier: Certifier, values: list[Any], symbol: str) -> str:
    left, right = values
    if numeric(left) and numeric(right):
        bounded = symbol not in POWERS or _small_exponent(right)
        return "" if bounded else f"`{symbol}` with {_describe(right)} on the right"
    if type(left) is type(right) and type(left) in (str, bytes) and small(left) and small(right) and "*" not in symbol:
        return ""
    if _weighed_concat(left, right, symbol):
        return ""
    shown = "+" if symbol.startswith(WEIGHED) else symbol  # a concatenation's site
    return f"`{shown}` on {_describe(right if numeric(left) else left)}"


def _subscript(certifier: Certifier, values: list[Any], symbol: str) -> str:
    container, index = values
    if small(index) and (type(container) in INDEXED or _python_method(container, "__getitem__")):
        return ""
    if type(index) is slice:
        return "" if _weighed_slice(container, symbol) or small(container) else f"a slice of {_describe(container)}"
    if type(container) is type:
        return ""  # `list[int]`, an annotation: a generic alias made
    return f"a subscript of {_describe(container)} by {_describe(index)}"


def _store(certifier: Certifier, values: list[Any], symbol: str) -> str:
    container, key, stored = values
    if not small(stored):
        certifier.forget(container)  # a list that held small items only may not any more
    if small(key) and (type(container) in (list, dict, bytearray) or _python_method(container, "__setitem__")):
        return ""
    return f"a store into {_describe(container)} at {_describe(key)}"


def _deletion(certifier: Certifier, values: list[Any], symbol: str) -> str:
    container, key = values
    last = type(container) is list and type(key) is int and key in (-1, len(container) - 1)
    if (type(container) is dict and small(key)) or last or _python_method(container, "__delitem__"):
        return ""
    return f"`del` in {_describe(container)}"  # a list shifts what follows


def _bounded_operand(certifier: Certifier, values: list[Any], symbol: str) -> str:
    if symbol == "spec":
        return "formatting to a width or precision computed at run time"
    weighed = symbol == weighed_symbol(UNPACK) and type(values[0]) in UNPACKED
    return "" if weighed or small(values[0]) else f"unpacking or formatting {_describe(values[0])}"


def _uncounted(certifier: Certifier, values: list[Any], symbol: str) -> str:
    return "a slice or a call with *arguments"


def _python_method(owner: Any, name: str) -> bool:
    """The owner's class defines this method in Python: its lines are counted."""
    for cls in type(owner).__mro__:
        if name in vars(cls):
            return type(vars(cls)[name]) is types.FunctionType
    return False


def _comprehension() -> None:
    """What a comprehension or a generator expression's function reads as: Python code, its lines counted."""


def _slice(certifier: Certifier, values: list[Any], symbol: str) -> str:
    return "" if _weighed_slice(values[0], symbol) or small(values[0]) else f"a slice of {_describe(values[0])}"


WEIGHED = "weighed "  # how a plan's symbol starts at a site the count weighs


def weighed_symbol(kind: str) -> str:
    """A plan's symbol at a site the count weighs (see WeighedSite)."""
    return WEIGHED + kind


def _weighed_slice(container: Any, symbol: str) -> bool:
    """A slice the count weighed: its site qualifies, and what it slices is of a type _slice_length reads."""
    return symbol == weighed_symbol(SLICE) and type(container) in SLICEABLE


def _weighed_concat(left: Any, right: Any, symbol: str) -> bool:
    """`a + b` the count weighed (see _weight): two of one sequence type, copied
    (not a str grown in place); or a list extended in place by `+=`."""
    kind = type(left)
    if symbol == weighed_symbol(EXTEND):
        return kind is list and type(right) in SIZED
    if kind is not type(right) or kind not in CONCATENATED:
        return False
    return symbol == weighed_symbol(CONCAT) or (symbol == weighed_symbol(CONCAT_BACK) and kind is not str)


def _weighed_call(certifier: Certifier, callee: Any, weighed_by: list[Any], symbol: str) -> str:
    """A call the count weighed at its line (see WeighedSite): a join of a
    display of strs; a builtin type built from builtin containers whose
    items hash and compare in a step each."""
    if symbol == weighed_symbol(JOIN):
        joined = type(callee) is Method and type(callee.owner) is str and all(type(item) is str for item in weighed_by)
        return "" if joined else "`join` of values that are not all str"
    unflat = [source for source in weighed_by if not certifier.flat(source)]
    built = [
        kind for kind in (set, frozenset, list, tuple, dict, bytes) if callee is kind
    ]  # by identity: no __eq__ of the submission's runs
    name = built[0].__name__ if built else ""
    if name and not unflat:
        return ""
    return f"`{name}` of {_describe(unflat[0])}" if name else f"a call of {_describe(callee)}"


def _call(certifier: Certifier, values: list[Any], symbol: str) -> str:
    callee, *args = values
    if symbol.startswith(WEIGHED):
        return _weighed_call(certifier, callee, args, symbol)
    keywords, local = symbol == "keywords", symbol == "local"
    if type(callee) is Method:
        return _method_call(certifier, callee.owner, callee.name, args, keywords, local)
    if callee is UNREAD:
        return "a call of a value its frame does not show"
    return _function_call(certifier, callee, args, keywords, local)


def _function_call(certifier: Certifier, fn: Any, args: list[Any], keywords: bool, local: bool) -> str:
    # Types are tested with type(), never isinstance() or getattr() on the
    # callee: a class of the submission's could run code there.
    kind = type(fn)
    function = fn.__func__ if kind is types.MethodType else fn
    if type(function) is types.FunctionType or _python_method(fn, "__call__"):
        return ""  # Python code: its lines are counted
    if issubclass(kind, type):
        return _construction(fn, args, keywords)
    if kind is not types.BuiltinFunctionType:
        return f"a call of a {kind.__name__}, whose work the count does not weigh"
    owner = fn.__self__
    if owner is not None and not issubclass(type(owner), types.ModuleType):
        return _method_call(certifier, owner, fn.__name__, args, keywords, local)
    name = fn.__name__
    if keywords:
        return f"`{name}` with keyword arguments"
    if id(fn) in FREE_CALLS:
        return ""
    if id(fn) in SCALAR_CALLS:
        exponent = fn is builtins.pow and len(args) == 2 and not _small_exponent(args[1])
        return "" if all(small(a) for a in args) and not exponent else f"`{name}` on {_describe(args[-1])}"
    if id(fn) in WEIGHED_CALLS:
        if (fn is builtins.min or fn is builtins.max) and len(args) > 1:
            return "" if all(small(a) for a in args) else f"`{name}` of {_describe(args[0])}"
        first = args[0] if args else UNREAD
        if certifier.flat(first) and all(small(a) for a in args[1:]):
            return ""  # weighed by its size: its items compare and hash in a step each
        return f"`{name}` on {_describe(first)}"
    return f"a call of `{name}`, whose work the count does not weigh"


def _construction(cls: type, args: list[Any], keywords: bool) -> str:
    if cls in (set, frozenset, list, tuple, dict):
        # Built from something: weighed only where its site is (see WeighedSite)
        return "" if not args else f"`{cls.__name__}` of {_describe(args[0])}"
    if cls in (int, float, str, bool, complex):
        return "" if not keywords and all(small(a) for a in args) else f"`{cls.__name__}` of {_describe(args[0])}"
    if cls in LAZY or (cls is collections.deque and not args):
        return ""
    made: Any = cls  # its __new__ and __init__, as the call will find them
    python = made.__new__ is object.__new__ and (made.__init__ is object.__init__ or type(made.__init__) is types.FunctionType)
    return "" if python else f"a call of `{cls.__name__}`, whose work the count does not weigh"


def _method_call(certifier: Certifier, owner: Any, name: str, args: list[Any], keywords: bool, local: bool) -> str:
    kind = type(owner)
    if issubclass(kind, types.ModuleType):
        return _function_call(certifier, vars(owner).get(name, UNREAD), args, keywords, local)
    if owner is dict and name == "fromkeys":
        return "" if local and certifier.flat(args[0]) else f"`dict.fromkeys` on {_describe(args[0] if args else UNREAD)}"
    if owner is UNREAD or kind is Known or kind not in METHODS:
        return "" if _python_method(owner, name) else f"`{name}` of {_describe(owner)}"
    rule = METHODS[kind].get(name)
    if keywords and rule is not None:
        return f"`{name}` with keyword arguments"
    if rule == "free" or (rule == "keyed" and all(small(a) for a in args)):
        return ""
    if rule == "bounded" and small(owner) and all(small(a) for a in args):
        return ""
    if rule == "scanning" and certifier.flat(owner) and all(small(a) for a in args):
        return ""
    if rule == "argument" and local and certifier.flat(args[0]):
        return ""
    return f"`{name}` of {_describe(owner)}"


# What a builtin container's methods cost, as the count sees it: free (a
# step, or weighed by the owner's size, whatever the arguments), keyed (a
# step, hashing or comparing its small arguments), bounded (a step when the
# owner and the arguments are small), scanning (weighed by the owner's size,
# comparing its items with the arguments), argument (weighed by the size of
# its one argument, a local variable).
# Text: bounded, work within the owner and the arguments, never more than they hold (not ljust or center).
BOUNDED_TEXT = ("lower", "upper", "strip", "lstrip", "rstrip", "startswith", "endswith", "isdigit", "isalpha", "isalnum", "isspace")
TEXT_METHODS = {
    **dict.fromkeys(("find", "rfind", "count", "index", "replace", "split"), "scanning"),
    **dict.fromkeys(BOUNDED_TEXT, "bounded"),
    "join": "argument",
}
METHODS: dict[type, dict[str, str]] = {
    list: {
        **dict.fromkeys(("append", "pop", "insert", "copy", "reverse"), "free"),
        **dict.fromkeys(("index", "count", "remove", "sort"), "scanning"),
        "extend": "argument",
    },
    dict: {
        **dict.fromkeys(("keys", "values", "items", "copy"), "free"),
        **dict.fromkeys(("get", "setdefault", "pop", "__contains__", "__getitem__"), "keyed"),
        "update": "argument",
    },
    set: {
        **dict.fromkeys(("pop", "copy"), "free"),
        **dict.fromkeys(("add", "discard", "remove", "__contains__"), "keyed"),
        "update": "argument",
    },
    frozenset: {"__contains__": "keyed", "copy": "free"},
    collections.deque: {
        **dict.fromkeys(("append", "appendleft", "pop", "popleft"), "free"),
        "extend": "argument",
    },
    str: TEXT_METHODS,
    bytes: TEXT_METHODS,
}
LAZY = (range, enumerate, zip, map, filter, reversed, object, slice)
FREE_CALLS = frozenset(id(getattr(builtins, name)) for name in ("len", "isinstance", "issubclass", "id", "callable", "iter", "next"))
SCALAR_CALLS = frozenset(id(getattr(builtins, name)) for name in ("abs", "ord", "chr", "hash", "divmod", "round", "pow"))


def _weighed_calls() -> frozenset[int]:
    import bisect
    import heapq

    found = [getattr(builtins, name) for name in WRAPPABLE["builtins"]]
    found += [getattr(module, name) for module in (bisect, heapq) for name in WRAPPABLE[module.__name__] if hasattr(module, name)]
    return frozenset(map(id, found))


WEIGHED_CALLS = _weighed_calls()

CHECKS: dict[str, tuple[Any, int]] = {
    "COMPARE_OP": (_comparison, 2),
    "CONTAINS_OP": (_membership, 2),
    "BINARY_OP": (_arithmetic_cost, 2),
    "BINARY_SUBSCR": (_subscript, 2),
    "STORE_SUBSCR": (_store, 3),
    "DELETE_SUBSCR": (_deletion, 2),
    "BINARY_SLICE": (_slice, 3),
    "STORE_SLICE": (_uncounted, 0),
    "CALL_FUNCTION_EX": (_uncounted, 0),
    **dict.fromkeys(("PRECALL", "CALL", "CALL_KW"), (_call, 0)),
    **dict.fromkeys(
        ("LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "UNPACK_EX", "LIST_TO_TUPLE", "CALL_INTRINSIC_1", "SET_ADD", "MAP_ADD"),
        (_bounded_operand, 1),
    ),
    **dict.fromkeys(("FORMAT_VALUE", "FORMAT_SIMPLE", "FORMAT_WITH_SPEC", "CONVERT_VALUE"), (_bounded_operand, 1)),
}


def certify_work(target: Any, staged: Staged) -> str:
    """What work of one call the count does not see, first found: "" when
    it sees all of it (see Certifier)."""
    call_args, call_kwargs = staged.fresh()
    certifier = Certifier()
    monitoring = getattr(sys, "monitoring", None)
    try:
        if monitoring is not None:
            _certify_with_monitoring(monitoring, certifier, target, call_args, call_kwargs)
        else:
            _certify_with_trace(certifier, target, call_args, call_kwargs)
    except Uncounted:
        pass
    except Exception:
        if not certifier.missed:
            raise
        # The submission caught what the check raised, and went on unchecked.
    return certifier.missed


def _certify_with_trace(certifier: Certifier, target: Any, args: Any, kwargs: Any) -> None:
    sys.settrace(certifier.on_call)
    try:
        target(*args, **kwargs)
    finally:
        sys.settrace(None)


def _certify_with_monitoring(monitoring: Any, certifier: Certifier, target: Any, args: Any, kwargs: Any) -> None:
    # 3.12+: settrace's opcode events miss a frame's first run; INSTRUCTION
    # events do not, and each place with nothing to check turns itself off.
    tool = monitoring.DEBUGGER_ID
    event = monitoring.events.INSTRUCTION

    def on_instruction(code: Any, offset: int) -> Any:
        plan = certifier.plans_of(code).get(offset)
        if plan is None:
            return monitoring.DISABLE
        certifier.check(plan, sys._getframe(1))  # the frame about to run it
        return None

    monitoring.use_tool_id(tool, "judge-certify")
    try:
        monitoring.register_callback(tool, event, on_instruction)
        monitoring.set_events(tool, event)
        target(*args, **kwargs)
    finally:
        monitoring.set_events(tool, 0)
        monitoring.register_callback(tool, event, None)
        monitoring.free_tool_id(tool)


# Their own instructions after the call's return are not the call's work.
UNCOUNTED.update((_certify_with_monitoring.__code__, certify_work.__code__))


class MissingEntryPoint(Exception):
    pass


_ABSENT = object()  # a module name a test patched that the module did not have


class Callback:
    """A callable or object the test passed (`foldl(fn, ...)`, a file the
    test opened, a mock): calling it, its methods and the protocols Python
    code uses on such objects (`with`, `for`, `len`, `in`, `[]`) ask the
    trusted side, which runs them on the real object and answers.  The
    trusted side decides what may be reached (public names and these
    dunders; never a module, class or function the submission finds)."""

    def __init__(self, runner: Runner, key: int):
        object.__setattr__(self, "runner", runner)
        object.__setattr__(self, "key", key)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.runner.call_back(self.key, args, kwargs)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return self.runner.call_back(self.key, (), {}, attr=name, get=True)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot set {name!r} on an object the test passed")

    def _method(self, name: str, *args: Any) -> Any:
        return self.runner.call_back(self.key, args, {}, attr=name)

    def __enter__(self) -> Any:
        return self._method("__enter__")

    def __exit__(self, *exc_info: Any) -> Any:
        # What was raised in the sandbox cannot cross (a class and a
        # traceback): the object hears that the block ended, as after no error.
        return self._method("__exit__", None, None, None)

    def __iter__(self) -> Any:
        return self._method("__iter__")

    def __next__(self) -> Any:
        return self._method("__next__")

    def __len__(self) -> Any:
        return self._method("__len__")

    def __bool__(self) -> bool:
        return True  # as a function or an object without __len__ is (a `len` here would ask the test)

    def __getitem__(self, key: Any) -> Any:
        return self._method("__getitem__", key)

    def __contains__(self, item: Any) -> Any:
        return self._method("__contains__", item)

    def __repr__(self) -> str:
        return f"<object passed by the test #{self.key}>"


class TestMethod:
    """A method of an object the test passed: calling it runs it there."""

    def __init__(self, runner: Runner, key: int, name: str):
        self.runner, self.key, self.name = runner, key, name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.runner.call_back(self.key, args, kwargs, attr=self.name)

    def __repr__(self) -> str:
        return f"<method {self.name} of the object passed by the test #{self.key}>"


# What an operator applied to a sandbox object does (the proxy forwards its
# dunders here); `iter` and `reversed` answer a list of the items.
OPERATIONS: dict[str, Any] = {
    **{name: getattr(operator, name) for name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul")},
    **{name: getattr(operator, name) for name in ("lshift", "rshift", "and_", "or_", "xor", "neg", "pos", "invert")},
    **{name: getattr(operator, name) for name in ("lt", "le", "gt", "ge", "eq", "ne", "contains", "getitem", "setitem", "delitem")},
    **{name: getattr(builtins, name) for name in ("len", "str", "repr", "hash", "bool", "int", "float", "abs", "round", "format")},
    **{name: getattr(builtins, name) for name in ("divmod", "next", "complex")},
    "index": operator.index,
    "iter": lambda obj: list(iter(obj)),
    "reversed": lambda obj: list(reversed(obj)),
}
NAME_CAP = 100
LIST_CAP = 300
ENCODED_CAP = 100_000


def class_name(cls: type) -> str:
    return cls.__name__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"[:NAME_CAP]


def exception_classes(kind: type) -> list[list[Any]]:
    """The exception's classes that are not builtins, most derived first,
    each with its bases: the trusted side rebuilds them on their builtin
    bases, so `except BufferError` catches the submission's own subclass."""
    own = [cls for cls in kind.__mro__ if cls.__module__ != "builtins" and issubclass(cls, BaseException)]
    return [[class_name(cls), [class_name(b) for b in cls.__bases__ if issubclass(b, BaseException)][:8]] for cls in own][:16]


def methods_of(obj: Any) -> list[str]:
    """Public names that are methods of the object's class (of the class
    itself for a class), read from the class dicts without running them."""
    kind = obj if isinstance(obj, type) else type(obj)
    names: dict[str, bool] = {}
    for cls in kind.__mro__:
        for name, attr in vars(cls).items():
            if not name.startswith("_") and name not in names:
                names[name] = isinstance(attr, METHOD_TYPES)
    return [name[:NAME_CAP] for name, method in names.items() if method][:LIST_CAP]


METHOD_TYPES = (
    types.FunctionType,
    staticmethod,
    classmethod,
    types.BuiltinFunctionType,
    types.MethodDescriptorType,
    types.WrapperDescriptorType,
    types.ClassMethodDescriptorType,
)


def describe_object(obj: Any) -> dict[str, Any]:
    """What the trusted side knows of a handle: its type and method names."""
    try:
        kind = obj if isinstance(obj, type) else type(obj)
        mro = [cls.__qualname__[:NAME_CAP] for cls in type(obj).__mro__ if cls.__module__ == kind.__module__][:16]
        return {
            "type": kind.__qualname__[:NAME_CAP],
            "module": str(kind.__module__)[:NAME_CAP],
            "mro": mro,
            "methods": methods_of(obj),
            "class": isinstance(obj, type),
        }
    except Exception:  # noqa: BLE001 - a hostile class must not stop the answer
        return {"type": "object", "methods": []}


def small_encoding(value: Any, to_handle: Any = None) -> Any:
    """`value` encoded, or None when it cannot be or is too big to bother."""
    try:
        encoded = protocol.encode(value, to_handle)
        return encoded if len(protocol.dump_frame(encoded)) <= ENCODED_CAP else None
    except MemoryError:
        raise
    except Exception:  # noqa: BLE001 - the submission's objects may raise anything
        return None


def module_names(module: types.ModuleType, runner: Runner) -> dict[str, Any]:
    """The submission's public module names for `from solution import X`:
    functions, classes (with their methods), exception classes (with their
    builtin bases), and constants as values (objects stay in the sandbox)."""
    names: dict[str, Any] = {}
    for name, value in list(vars(module).items()):
        if name.startswith("_") or isinstance(value, types.ModuleType) or len(names) >= LIST_CAP:
            continue
        if EXPORTED_TYPES.get(name) is value or (name in TYPING_NAMES and getattr(typing, name) is value):
            continue
        if isinstance(value, type) and issubclass(value, BaseException):
            names[name] = {"kind": "exception", "type": class_name(value), "classes": exception_classes(value)}
        elif isinstance(value, type):
            names[name] = {"kind": "class", "methods": methods_of(value)}
        elif callable(value):
            names[name] = {"kind": "function"}
        else:
            encoded = small_encoding(value)
            names[name] = {"kind": "value", "value": encoded} if encoded is not None else {"kind": "object"}
    return names


class Interleaver:
    """Makes races show while concurrent calls run.  CPython switches threads
    only every few milliseconds and, since 3.10, only at calls and loop ends,
    so `self.n = self.n + 1` on a thread-unsafe counter would almost never
    lose an update.  Here, while two or more calls are running, the
    submission's own code (its file's frames only: the locks and conditions of
    `threading` run at full speed) pauses between bytecodes, letting the other
    calls' threads run in the middle of its read-modify-write.  A call that
    starts alone first waits a moment for the calls sent with it (they arrive
    one by one), then runs traced but unpaused while it stays alone."""

    PAUSE = 0.0002  # seconds per bytecode: measured to lose updates every run (see tests)
    SWITCH = 1e-5  # the interpreter's switch interval while calls overlap
    GRACE = 0.01  # seconds a call alone waits for others: calls sent together arrive one by one

    def __init__(self, runner: Runner):
        self.runner = runner
        self.lock = threading.Lock()
        self.arrived = threading.Condition(self.lock)
        self.active = 0
        self.saved_interval = sys.getswitchinterval()

    def enter(self) -> None:
        with self.lock:
            self.active += 1
            self.arrived.notify_all()
            if self.active == 1:
                self.saved_interval = sys.getswitchinterval()
                sys.setswitchinterval(self.SWITCH)

    def leave(self) -> None:
        with self.lock:
            self.active -= 1
            if self.active == 0:
                sys.setswitchinterval(self.saved_interval)

    @contextlib.contextmanager
    def interleaved(self) -> Iterator[None]:
        with self.lock:  # alone: wait a moment for the calls sent with this one
            if not getattr(self.runner.local, "alone", False):
                self.arrived.wait_for(lambda: self.active > 1, self.GRACE)
        sys.settrace(self.on_call)
        try:
            yield
        finally:
            sys.settrace(None)

    def on_call(self, frame: Any, event: str, arg: Any) -> Any:
        if event != "call" or frame.f_code.co_filename != self.runner.filename:
            return None
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        frame.f_trace = self.on_opcode  # 3.12+ sends opcode events only to a frame's own f_trace
        return self.on_opcode

    def on_opcode(self, frame: Any, event: str, arg: Any) -> Any:
        if event == "opcode" and self.active > 1:  # alone, a call has nobody to race with
            time.sleep(self.PAUSE)
        return self.on_opcode


def camel_case(name: str) -> str:
    """`two_sum` -> `twoSum`, as LeetCode spells Python entry points; others unchanged."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest) if head and rest else name


def attribute(obj: Any, name: str) -> Any:
    """`getattr`, trying the camelCase spelling (`get_min` as `getMin`) before
    the AttributeError: an attribute that is None is still there."""
    try:
        return getattr(obj, name)
    except AttributeError:
        camel = camel_case(name)
        if camel == name:
            raise
        try:
            return getattr(obj, camel)
        except AttributeError:
            pass
        raise


def lookup(obj: Any, name: str) -> Any:
    """An attribute by its name, or by its camelCase (`get_min` as `getMin`)."""
    found = getattr(obj, name, None)
    return found if found is not None else getattr(obj, camel_case(name), None)


def defined_names(module: Any) -> list[str]:
    """The functions and classes the submission's file defines itself (not
    what it imported, nor what the runner put there), and Solution's methods."""
    names = []
    for name, value in vars(module).items():
        if name.startswith("_") or name in EXPORTED_TYPES or getattr(value, "__module__", None) != module.__name__:
            continue
        names.append(name)
        if name == "Solution" and isinstance(value, type):
            names += [f"Solution.{method}" for method in public_attributes(value)]
    return names


def public_attributes(cls: Any) -> list[str]:
    try:
        return [name for name in dir(cls) if not name.startswith("_") and callable(getattr(cls, name, None))]
    except Exception:  # noqa: BLE001 - a hostile __dir__ or __getattr__ must not hide the real error
        return []


def describe_defined(wanted: str, defined: list[str]) -> str:
    """`: it defines twoSumm, helper; did you mean 'twoSumm'?` for a missing entry point."""
    if not defined:
        return ": it defines no function or class"
    import difflib

    # Compared spelled as snake_case without the `Solution.`, so `twoSumm` is near `two_sum`.
    plain = {snake_case(name.rsplit(".", 1)[-1]): name for name in defined}
    nearest = difflib.get_close_matches(snake_case(wanted), list(plain), n=1, cutoff=0.6)
    shown = ", ".join(defined[:12]) + (f" and {len(defined) - 12} more" if len(defined) > 12 else "")
    return f": it defines {shown}" + (f"; did you mean {plain[nearest[0]]!r}?" if nearest else "")


def snake_case(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


def safe_str(exc: BaseException) -> str:
    try:
        return str(exc)
    except BaseException:  # noqa: BLE001 - a hostile __str__ must not kill the runner
        return f"<{type(exc).__name__} with an unprintable message>"


# -- programs (io problems) ---------------------------------------------------
# A program reads stdin and writes stdout.  Running one is the same for every
# language: write the source, check it compiles, start it with rlimits, feed
# its input, collect capped output, and report what happened.  Only LANGUAGES
# knows a language.
PROGRAM_STDERR_CAP = 16 * 1024  # the tail is kept: a traceback ends there


def python_compile_error(path: str) -> str | None:
    """A syntax error, as Python words it (no code runs: compile only)."""
    try:
        with open(path, encoding="utf-8") as file:
            compile(file.read(), os.path.basename(path), "exec", dont_inherit=True)
    except (SyntaxError, ValueError, UnicodeDecodeError) as exc:
        return "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return None


LANGUAGES: dict[str, dict[str, Any]] = {
    "python": {
        "suffix": ".py",
        "check": python_compile_error,
        "command": lambda path: [sys.executable, "-s", "-S", "-P", path],
        "out_of_memory": b"MemoryError",  # how the interpreter says it ran out (RLIMIT_AS)
    },
}


def run_program(request: dict[str, Any]) -> dict[str, Any]:
    """`program`: run a whole program on one input, under the case's limits."""
    language = LANGUAGES.get(str(request.get("language")))
    if language is None:
        raise protocol.ProtocolError(f"no runner for the language {request.get('language')!r}")
    limits = request.get("limits") or {}
    folder = os.path.join(os.getcwd(), f"program-{os.getpid()}")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "solution" + language["suffix"])
    with open(path, "w", encoding="utf-8") as file:
        file.write(str(request.get("source") or ""))
    error = language["check"](path)
    if error is not None:
        return {"ok": True, "program": {"compile_error": clip(error)}}
    stdin = str(request.get("stdin") or "").encode("utf-8")
    # Started in its folder by a relative name, so a trace says `solution.py`, not where the sandbox keeps it.
    outcome = ProgramRun(language["command"](os.path.basename(path)), folder, limits).run(stdin)
    # Interpreters make the script's path absolute in traces: the candidate's file is just its name.
    stderr = outcome.pop("stderr_bytes").replace((folder + os.sep).encode(), b"")
    if outcome["limit"] is None and outcome["exit"] != 0 and language["out_of_memory"] in stderr:
        outcome["limit"] = "memory"
    outcome["stderr"] = stderr.decode("utf-8", "replace")
    return {"ok": True, "program": outcome}


class ProgramRun:
    """One run of a program: its own session and process group, rlimits set
    in the child, output capped as it arrives, killed at the wall limit."""

    def __init__(self, command: list[str], folder: str, limits: dict[str, Any]):
        self.command = command
        self.folder = folder
        self.limits = limits
        self.output_cap = int(limits.get("output") or 1 << 20)
        self.stdout = bytearray()
        self.stderr = bytearray()
        self.limit: str | None = None

    def run(self, stdin: bytes) -> dict[str, Any]:
        import resource
        import subprocess

        oom_before = oom_kills()
        used_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        proc = subprocess.Popen(
            self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            cwd=self.folder, start_new_session=True, preexec_fn=self.child_limits,
        )  # fmt: skip
        try:
            self.pump(proc, stdin, started + float(self.limits.get("wall") or 10))
        finally:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)  # what it left running goes with it
            for stream in (proc.stdin, proc.stdout, proc.stderr):
                with contextlib.suppress(OSError):
                    if stream is not None:
                        stream.close()
        status = proc.wait()
        wall = time.monotonic() - started
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (used.ru_utime - used_before.ru_utime) + (used.ru_stime - used_before.ru_stime)
        oom_after = oom_kills()
        if self.limit is None and status < 0 and oom_before is not None and oom_after is not None and oom_after > oom_before:
            self.limit = "memory"
        if self.limit is None and (cpu > float(self.limits.get("cpu") or 1e9) or status == -signal.SIGXCPU):
            self.limit = "cpu"
        return {
            "stdout": bytes(self.stdout).decode("utf-8", "replace"),
            "stderr_bytes": bytes(self.stderr[-PROGRAM_STDERR_CAP:]),
            "exit": status if status >= 0 else None,
            "signal": signal.Signals(-status).name if status < 0 else None,
            "cpu": cpu,
            "wall": wall,
            "limit": self.limit,
        }

    def child_limits(self) -> None:
        import resource

        cpu = float(self.limits.get("cpu") or 0)
        # SIGXCPU a second past the limit, SIGKILL a second later: the exact
        # time is compared afterwards, the rlimit only stops a spinning program.
        settings = {resource.RLIMIT_CORE: (0, 0)}
        if cpu > 0:
            settings[resource.RLIMIT_CPU] = (int(cpu) + 1, int(cpu) + 2)
        for key, which in (("memory", resource.RLIMIT_AS), ("nproc", resource.RLIMIT_NPROC)):
            value = self.limits.get(key)
            if isinstance(value, int) and value > 0:
                settings[which] = (value, value)
        for which, (soft, hard) in settings.items():
            _, allowed = resource.getrlimit(which)
            if allowed != resource.RLIM_INFINITY:
                soft, hard = min(soft, allowed), min(hard, allowed)
            resource.setrlimit(which, (soft, hard))

    def pump(self, proc: Any, stdin: bytes, deadline: float) -> None:
        """Feed stdin and read both outputs until the program closes them,
        the wall limit passes, or stdout passes its cap."""
        import selectors

        streams = {proc.stdin: "in", proc.stdout: "out", proc.stderr: "err"}
        for stream in streams:
            os.set_blocking(stream.fileno(), False)
        view = memoryview(stdin)
        with selectors.DefaultSelector() as selector:
            for stream, kind in streams.items():
                selector.register(stream, selectors.EVENT_WRITE if kind == "in" else selectors.EVENT_READ, kind)
            if not view:
                self.close_stdin(selector, proc)
            while selector.get_map():
                wait = deadline - time.monotonic()
                if wait <= 0:
                    self.limit = "wall"
                    return
                for key, _ in selector.select(min(wait, 0.5)):
                    if key.data == "in":
                        view = self.feed(selector, proc, view)
                    else:
                        self.drain(selector, key.fileobj, self.stdout if key.data == "out" else self.stderr)
                if len(self.stdout) > self.output_cap:
                    del self.stdout[self.output_cap :]
                    self.limit = "output"
                    return

    def feed(self, selector: Any, proc: Any, view: memoryview) -> memoryview:
        try:
            view = view[os.write(proc.stdin.fileno(), view[: 1 << 16]) :]
        except BlockingIOError:
            return view
        except OSError:  # it stopped reading: the rest of its input is not wanted
            view = view[len(view) :]
        if not view:
            self.close_stdin(selector, proc)
        return view

    def close_stdin(self, selector: Any, proc: Any) -> None:
        selector.unregister(proc.stdin)
        with contextlib.suppress(OSError):
            proc.stdin.close()

    def drain(self, selector: Any, stream: Any, into: bytearray) -> None:
        try:
            chunk = os.read(stream.fileno(), 1 << 16)
        except BlockingIOError:
            return
        if not chunk:
            selector.unregister(stream)
            return
        into += chunk
        if into is self.stderr and len(into) > 4 * PROGRAM_STDERR_CAP:
            del into[:-PROGRAM_STDERR_CAP]


def safe_repr(obj: Any) -> str:
    """repr(obj), capped; a repr that raises is described instead."""
    try:
        text = repr(obj)
        return clip(text, REPR_CAP) if type(text) is str else "<an object whose __repr__ returned no string>"
    except MemoryError:
        raise
    except BaseException:  # noqa: BLE001 - a hostile __repr__ (even sys.exit) must not end the answer
        return "<an object whose __repr__ raised>"


REPR_CAP = 300


class Printed:
    """What the submission prints (sys.stdout and sys.stderr both write
    here), kept for the answer of the call that printed it: the first HEAD
    and the last TAIL characters, and how many bytes in all.  A print makes
    no system call, so a call that prints costs little more and one that
    does not costs nothing.  Past `cap` bytes (the output limit, counted over
    the runner's life) the call ends as OLE.  Writes to the descriptors
    themselves (os.write) still go to the output the judge counts and caps."""

    HEAD = 4096
    TAIL = 4096

    def __init__(self, runner: Runner):
        self.runner = runner
        self.cap = 0
        self.all = 0  # bytes printed since the runner started
        self.clear()

    def clear(self) -> None:
        self.head: list[str] = []
        self.room = self.HEAD
        self.tail: list[str] = []
        self.tail_size = 0
        self.cut = False  # characters were dropped between the head and the tail
        self.total = 0

    def add(self, text: str) -> None:
        size = len(text) if text.isascii() else len(text.encode("utf-8", "replace"))
        self.total += size
        self.all += size
        if self.room > 0:
            kept = text[: self.room]
            self.head.append(kept)
            self.room -= len(kept)
            text = text[len(kept) :]
        if text:
            self.tail.append(text)
            self.tail_size += len(text)
            if self.tail_size > 2 * self.TAIL:
                self.tail, self.tail_size, self.cut = ["".join(self.tail)[-self.TAIL :]], self.TAIL, True
        if self.cap and self.all > self.cap:
            self.runner.on_output_limit()

    def take(self) -> dict[str, Any] | None:
        """What was printed since the last take, for an answer (None: nothing)."""
        if not self.total:
            return None
        tail = "".join(self.tail)
        out = {"head": "".join(self.head), "tail": tail[-self.TAIL :], "cut": self.cut or len(tail) > self.TAIL, "bytes": self.total}
        self.clear()
        return out


class PrintedStream(io.TextIOBase):
    """sys.stdout or sys.stderr while the submission runs."""

    encoding = "utf-8"
    errors = "replace"

    def __init__(self, printed: Printed, fd: int):
        self.printed = printed
        self.fd = fd
        self.buffer = PrintedBytes(printed)

    def write(self, text: str) -> int:
        if type(text) is not str:
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self.printed.add(text)
        return len(text)

    def flush(self) -> None:
        pass

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        return self.fd


class PrintedBytes:
    """sys.stdout.buffer: bytes written there are printed text too."""

    def __init__(self, printed: Printed):
        self.printed = printed

    def write(self, data: Any) -> int:
        raw = bytes(data)
        self.printed.add(raw.decode("utf-8", "replace"))
        return len(raw)

    def flush(self) -> None:
        pass


def capture_prints(runner: Runner) -> None:
    streams = (PrintedStream(runner.printed, 1), PrintedStream(runner.printed, 2))
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__ = streams  # type: ignore[misc,assignment]
    UNCOUNTED.update({PrintedStream.write.__code__, Printed.add.__code__})  # the work count is the submission's lines, not ours


def clip(text: str, cap: int = TEXT_CAP) -> str:
    return text if len(text) <= cap else text[:cap] + f"... [{len(text) - cap} more characters]"


def apply_limits(limits: dict[str, Any]) -> None:
    """rlimits for the local sandbox; in a container they are a second layer."""
    try:
        import resource
    except ImportError:  # not on Linux: nothing to apply
        return
    wanted = {
        "memory": resource.RLIMIT_AS,
        "fsize": resource.RLIMIT_FSIZE,
        "nproc": resource.RLIMIT_NPROC,
        "session_cpu": resource.RLIMIT_CPU,
    }
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    for key, which in wanted.items():
        value = limits.get(key)
        if isinstance(value, int) and value > 0:
            _, hard = resource.getrlimit(which)
            capped = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(which, (capped, capped))


def take_protocol_channel() -> tuple[Any, int]:
    """Move the protocol to private fds; point fds 0-2 where the submission may play."""
    reader = os.fdopen(os.dup(0), "rb", buffering=1 << 16)
    out_fd = os.dup(1)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(2, 1)  # prints go to the runner's stderr, which the judge caps
    os.close(null)
    return reader, out_fd


def serve(reader: Any, out_fd: int) -> int:
    """One runner's life: ready, then requests until EOF or an `exit` request."""
    runner = Runner(out_fd)
    runner.reader = reader  # a callback from a call on this loop reads its answer here
    capture_prints(runner)
    signal.signal(signal.SIGPROF, runner.on_cpu_limit)
    send_ready(runner)
    while True:
        line = reader.readline(protocol.MAX_FRAME_BYTES + 1)
        if not line:
            return 0
        try:
            request = protocol.load_frame(line)
            if request.get("op") == "exit":
                return 0
            response = runner.handle(request)
            if response is None:
                continue  # answered later, from the call's own thread
        except protocol.ProtocolError as exc:
            response = {"ok": False, "protocol_error": str(exc)}
            request = {}
        except MemoryError:
            os._exit(protocol.EXIT_MEMORY)
        response["id"] = request.get("id")
        try:
            runner.send(response)
        except protocol.FrameTooLarge as exc:
            runner.send({"id": request.get("id"), "ok": False, "limit": "output", "message": str(exc)})
        except MemoryError:
            os._exit(protocol.EXIT_MEMORY)
        # Not kept through the next call: an answer may hold 100,000
        # containers, which every full collection there would walk again.
        request = response = {}


def send_ready(runner: Runner, **extra: Any) -> None:
    version = ".".join(map(str, sys.version_info[:3]))
    runner.send({"id": None, "ok": True, "ready": protocol.VERSION, "python": version, **extra})


def zygote(reader: Any, out_fd: int, parked: bool = False) -> int:
    """Fork a fresh runner per case on the same channel (one container per
    submission, a clean process per case).

    Requests are strictly one at a time, so while a child serves, nothing
    else is in the pipe: the child owns the channel until it ends.  Then the
    zygote kills whatever the child left running, empties /tmp, and reports
    how the child ended.  Lines it cannot use are skipped: the tail of a
    request a dying child did not finish reading must not derail the next case.

    A `parked` zygote is one a judge left for the next (judge/sandbox/parking.py):
    it says ready only when that judge asks (`adopt`), and only before it
    has forked a case: after that it is no fresh state to hand on.
    """
    if not parked:
        send_ready(Runner(out_fd), zygote=True)
    forked = False
    while True:
        line = reader.readline(protocol.MAX_FRAME_BYTES + 1)
        if not line:
            return 0
        try:
            request = protocol.load_frame(line)
        except protocol.ProtocolError:
            continue
        if request.get("op") == "adopt" and parked and not forked:
            send_ready(Runner(out_fd), zygote=True)
            continue
        if request.get("op") != "fork":
            continue
        forked = True
        oom_before = oom_kills()
        pid = os.fork()
        if pid == 0:
            prefer_me_when_out_of_memory()
            os._exit(serve(reader, out_fd))
        _, status = os.waitpid(pid, 0)
        kill_strays()
        empty_tmp()
        oom_after = oom_kills()
        ended: dict[str, Any] = {"code": os.waitstatus_to_exitcode(status)}
        if oom_before is not None and oom_after is not None:
            ended["oom"] = oom_after > oom_before
        Runner(out_fd).send({"id": None, "ended": ended})


def wait_for_a_judge(folder: str, idle: int) -> tuple[Any, int]:
    """A parked zygote's start: open the pipes, which blocks until a judge
    holds them.  Nobody within `idle` seconds: the zygote, and so its
    container, ends (PID 1 or not: the handler exits)."""
    signal.signal(signal.SIGALRM, lambda signum, frame: os._exit(0))
    signal.alarm(max(1, idle))  # alarm(0) would wait for ever
    use_pipes(folder)
    signal.alarm(0)
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    return take_protocol_channel()


OOM_COUNTERS = ("/sys/fs/cgroup/memory/memory.oom_control", "/sys/fs/cgroup/memory.events")


def oom_kills() -> int | None:
    """The container's count of OOM kills (cgroup v1 or v2), or None where
    it cannot be read.  Docker only marks the container OOMKilled when the
    container itself exits, not when one forked runner inside it is killed."""
    for path in OOM_COUNTERS:
        try:
            with open(path) as counters:
                for line in counters:
                    key, _, value = line.partition(" ")
                    if key == "oom_kill":
                        return int(value)
        except (OSError, ValueError):
            continue
    return None


def prefer_me_when_out_of_memory() -> None:
    # The kernel's OOM killer then takes the child, not the zygote.
    try:
        with open("/proc/self/oom_score_adj", "w") as adj:
            adj.write("1000")
    except OSError:
        pass


def kill_strays() -> None:
    """Everything of ours but this process (kill(-1) spares the caller and PID 1)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(-1, signal.SIGKILL)
    while True:  # reap those that were our children
        try:
            if os.waitpid(-1, os.WNOHANG) == (0, 0):
                break
        except ChildProcessError:
            break


def empty_tmp(root: str = "/tmp") -> None:
    import shutil

    for name in os.listdir(root):
        path = os.path.join(root, name)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(path)


def fork_server(control: Any) -> int:
    """The local sandbox's zygote: a fresh runner per case, forked in about a
    millisecond instead of a Python start-up.

    Unlike the container's zygote, each case gets channels of its own: the
    judge sends, with each `fork` request, the descriptors of a new request
    pipe, response pipe and output file (SCM_RIGHTS), so a process a case
    left behind holds only that case's dead channel and can never speak in
    the next one.  The server answers with the child's pid (the judge kills
    its process group directly on a time-out) and, when the child ends, with
    its exit code, after killing whatever the child left in its group.  A
    `ping` is answered with a `pong`: that the server is still alive."""
    import json
    import select
    import socket

    children: dict[int, int] = {}  # pidfd -> pid
    try:
        while True:
            readable, _, _ = select.select([control, *children], [], [])
            for ready in readable:
                if ready is control:
                    message, fds, _, _ = socket.recv_fds(control, 1 << 16, 3)
                    if not message:
                        return 0  # the judge is gone
                    request = json.loads(message)
                    if request.get("op") == "ping":  # the judge asks whether this server is still here
                        control.send(b'{"pong": true}')
                        continue
                    pid = fork_case(control, children, request, fds)
                    children[os.pidfd_open(pid)] = pid
                    control.send(json.dumps({"pid": pid}).encode())
                else:
                    pid = children.pop(ready)
                    os.close(ready)
                    _, status = os.waitpid(pid, 0)
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.killpg(pid, signal.SIGKILL)  # strays of its group
                    control.send(json.dumps({"ended": pid, "code": os.waitstatus_to_exitcode(status)}).encode())
    finally:
        for pid in children.values():
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)


def fork_case(control: Any, children: dict[int, int], request: dict[str, Any], fds: list[int]) -> int:
    """A child on the channels in `fds` (request in, response out, output),
    in its own session and process group, at home in the case's own folder."""
    pid = os.fork()
    if pid:
        for fd in fds:
            os.close(fd)
        return pid
    code = protocol.EXIT_PROTOCOL
    try:
        os.setsid()
        control.close()
        for pidfd in children:
            os.close(pidfd)
        request_fd, response_fd, output_fd = fds
        for fd, target in ((output_fd, 2), (request_fd, 0), (response_fd, 1)):
            os.dup2(fd, target)
            os.close(fd)
        home = str(request["dir"])
        os.chdir(home)
        os.environ.update(HOME=home, TMPDIR=home)
        reader, out_fd = take_protocol_channel()
        code = serve(reader, out_fd)
    finally:
        os._exit(code)


def main() -> int:
    if "--fork-server" in sys.argv[1:]:
        import socket

        # os._exit: nothing is left to flush, and the judge waits for this
        # exit at every submission's end (a finalized interpreter: 10 ms more).
        os._exit(fork_server(socket.socket(fileno=os.dup(0))))
    frames = [arg.partition("=")[2] for arg in sys.argv[1:] if arg.startswith("--frames=")]
    idle = [int(arg.partition("=")[2]) for arg in sys.argv[1:] if arg.startswith("--park=")]
    if frames and idle and "--zygote" in sys.argv[1:]:  # a zygote left for the next judge
        reader, out_fd = wait_for_a_judge(frames[0], idle[0])
        return zygote(reader, out_fd, parked=True)
    if frames:
        use_pipes(frames[0])
    reader, out_fd = take_protocol_channel()
    if "--zygote" in sys.argv[1:]:
        return zygote(reader, out_fd)
    return serve(reader, out_fd)


def use_pipes(folder: str) -> None:
    """Frames on the judge's named pipes in `folder` instead of stdin and
    stdout (judge/sandbox/fifo.py): they become fds 0 and 1, so the rest
    is as it always is.  The judge holds both open already: neither open blocks."""
    for name, flags, target in (("requests", os.O_RDONLY, 0), ("responses", os.O_WRONLY, 1)):
        fd = os.open(os.path.join(folder, name), flags)
        os.dup2(fd, target)
        os.close(fd)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except MemoryError:
        os._exit(protocol.EXIT_MEMORY)
