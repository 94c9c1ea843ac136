"""A test's callables and objects passed to the submission (`foldl(fn, ...)`,
a file the test opened, a mock), run on the trusted side.

The runner holds a stub for each; calling it (or one of its methods) sends
the arguments here, the test's function runs in the test's own process, and
its value (or the name and message of what it raised) goes back as the
stub's answer.  What the submission may reach from such an object is
limited here, since the stub's requests are the submission's: public names
and a few protocol dunders, and what it gets back is data or more objects,
never a module, class, function or frame it could call into the judge with.
"""

from __future__ import annotations

import builtins
import functools
import types
from collections.abc import Callable
from typing import Any

from judge import protocol
from judge.outcomes import CannotCarry, CaseOver

MESSAGE_CAP = 2000


class Callbacks:
    """The callables a session has passed, by key (each kept alive here)."""

    def __init__(self) -> None:
        self._functions: list[Callable[..., Any]] = []
        self._keys: dict[Any, int] = {}

    def key(self, function: Callable[..., Any]) -> int:
        """Equal callables share a key, so the runner gives them one stub: `heard.append`
        made twice is one listener to `unwatch`, as two equal bound methods are in Python."""
        found = self._keys.get(_identity(function))
        if found is None:
            found = self._keys[_identity(function)] = len(self._functions)
            self._functions.append(function)
        return found

    def get(self, key: Any) -> Callable[..., Any] | None:
        return self._functions[key] if type(key) is int and 0 <= key < len(self._functions) else None

    def __bool__(self) -> bool:
        return bool(self._functions)


def _identity(function: Callable[..., Any]) -> Any:
    """A bound method by its object and function (two equal bound methods
    are one listener, as in Python); anything else by its id (kept alive in
    the list, the id is not reused): hashing or comparing a test's object
    would be a call a mock records."""
    if isinstance(function, (types.MethodType, types.BuiltinMethodType)):
        try:
            hash(function)
        except TypeError:
            return ("id", id(function))
        return function
    return ("id", id(function))


def run_callback(function: Callable[..., Any], args: list[Any], kwargs: dict[str, Any], encoder: protocol.Encoder) -> dict[str, Any]:
    """The reply's body: the function's value, or what it raised (a builtin
    keeps its class in the sandbox, anything else arrives as RuntimeError)."""
    try:
        value = function(*args, **kwargs)
    except CaseOver:
        raise
    except Exception as exc:  # noqa: BLE001 - the test's function failing is the submission's to handle
        return _raised(exc)
    try:
        return {"ok": True, "value": encoder.encode(value)}
    except protocol.ProtocolError as exc:
        raise CannotCarry(f"a function the test passed returned a value the protocol cannot carry: {exc}") from None


# The dunders the runner's stub forwards (`with`, `for`, `len`, `in`, `[]`).
REACHABLE_DUNDERS = frozenset({"__enter__", "__exit__", "__iter__", "__next__", "__len__", "__getitem__", "__contains__"})
NAME_CAP = 100

# Never handed to the submission as something it can use: through these it
# could reach the judge's own code (a module's functions, a class's
# subclasses, a frame's globals) instead of the test's object.
NEVER_PASSED: tuple[type, ...] = (
    types.ModuleType,
    type,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.MethodWrapperType,
    types.WrapperDescriptorType,
    types.MethodDescriptorType,
    types.ClassMethodDescriptorType,
    types.GetSetDescriptorType,
    types.MemberDescriptorType,
    types.FrameType,
    types.CodeType,
    types.TracebackType,
    types.CellType,
    property,
    staticmethod,
    classmethod,
    functools.partial,
)


def passable(obj: Any) -> bool:
    """Whether an object the submission reached may cross as one it can use."""
    return not isinstance(obj, NEVER_PASSED)


def reachable(name: Any) -> bool:
    return isinstance(name, str) and len(name) <= NAME_CAP and (not name.startswith("_") or name in REACHABLE_DUNDERS)


def run_member(obj: Any, name: Any, args: list[Any], kwargs: dict[str, Any], get: bool, encoder: protocol.Encoder) -> dict[str, Any]:
    """The reply's body for a stub's attribute read (`get`) or method call:
    a method read comes back as {"method": true}, for the stub to call."""
    if not reachable(name):
        return _error("AttributeError", f"{name!r} of an object the test passed is not for the submission to use"[:MESSAGE_CAP])
    try:
        member = getattr(obj, name)
    except CaseOver:
        raise
    except Exception as exc:  # noqa: BLE001 - the test's object failing is the submission's to handle
        return _raised(exc)
    if get and _own_method(obj, member):
        return {"ok": True, "method": True}
    if get:
        return _encoded(member, encoder)
    if not (_own_method(obj, member) or (callable(member) and passable(member))):
        return _error("TypeError", f"{name!r} of an object the test passed is not a method of it")
    try:
        value = member(*args, **kwargs)
    except CaseOver:
        raise
    except Exception as exc:  # noqa: BLE001
        return _raised(exc)
    return _encoded(value, encoder)


def _own_method(obj: Any, member: Any) -> bool:
    """A method bound to `obj` itself: not a function stored in one of its
    attributes (`os.system` kept by a test's namespace), which the submission
    could otherwise call here."""
    bound = (types.MethodType, types.BuiltinMethodType, types.MethodWrapperType)
    return isinstance(member, bound) and getattr(member, "__self__", None) is obj


def _encoded(value: Any, encoder: protocol.Encoder) -> dict[str, Any]:
    try:
        return {"ok": True, "value": encoder.encode(value)}
    except protocol.ProtocolError as exc:
        return _error("TypeError", f"the test's object gave a value that cannot be passed to the submission: {exc}"[:MESSAGE_CAP])


def _raised(exc: Exception) -> dict[str, Any]:
    kind = type(exc).__name__ if getattr(builtins, type(exc).__name__, None) is type(exc) else "RuntimeError"
    return _error(kind, str(exc))


def _error(kind: str, message: str) -> dict[str, Any]:
    return {"ok": False, "error": {"type": kind, "message": message[:MESSAGE_CAP]}}


def call_arguments(decoded: Any) -> tuple[list[Any], dict[str, Any]] | None:
    """[args, kwargs] as the runner sent them, or None when malformed."""
    if not (isinstance(decoded, list) and len(decoded) == 2):
        return None
    args, kwargs = decoded
    if not isinstance(args, list) or not isinstance(kwargs, dict) or not all(isinstance(k, str) for k in kwargs):
        return None
    return args, kwargs
