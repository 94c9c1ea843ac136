"""A test's callables passed to the submission (`foldl(fn, ...)`), run on the trusted side.

The runner holds a stub for each; calling it sends the arguments here, the
test's function runs in the test's own process, and its value (or the name
and message of what it raised) goes back as the stub's answer.
"""

from __future__ import annotations

import builtins
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
    """The callable itself when it hashes (bound methods hash and compare by their
    object and function), else its id (kept alive in the list, the id is not reused)."""
    try:
        hash(function)
    except TypeError:
        return ("id", id(function))
    return function


def run_callback(function: Callable[..., Any], args: list[Any], kwargs: dict[str, Any], encoder: protocol.Encoder) -> dict[str, Any]:
    """The reply's body: the function's value, or what it raised (a builtin
    keeps its class in the sandbox, anything else arrives as RuntimeError)."""
    try:
        value = function(*args, **kwargs)
    except CaseOver:
        raise
    except Exception as exc:  # noqa: BLE001 - the test's function failing is the submission's to handle
        kind = type(exc).__name__ if getattr(builtins, type(exc).__name__, None) is type(exc) else "RuntimeError"
        return {"ok": False, "error": {"type": kind, "message": str(exc)[:MESSAGE_CAP]}}
    try:
        return {"ok": True, "value": encoder.encode(value)}
    except protocol.ProtocolError as exc:
        raise CannotCarry(f"a function the test passed returned a value the protocol cannot carry: {exc}") from None


def call_arguments(decoded: Any) -> tuple[list[Any], dict[str, Any]] | None:
    """[args, kwargs] as the runner sent them, or None when malformed."""
    if not (isinstance(decoded, list) and len(decoded) == 2):
        return None
    args, kwargs = decoded
    if not isinstance(args, list) or not isinstance(kwargs, dict) or not all(isinstance(k, str) for k in kwargs):
        return None
    return args, kwargs
