"""Answers the judge cannot carry as values, told as what they are.

A generator, a lambda or an object of the submission's own class stays in
the sandbox; the test gets a proxy, whose `==` is the object's own (identity,
unless its class says otherwise), so it never equals the expected list.  The
runner takes the object's repr when it makes the handle; reports show it and
say why the answer cannot be compared.  A hidden case says only what kind of
object it was, and names a class only when the module defined it at load
(a name made at run time could carry the hidden input).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from judge.display import show
from judge.grading.proxy import HandleProxy
from judge.sandbox.described import Names

VALUES = "numbers, strings, lists, tuples, dicts, sets, None, trees and linked lists"
PLAIN_TYPES = (int, float, complex, str, bytes, bool, list, tuple, dict, set, frozenset)


def is_opaque(value: Any) -> bool:
    """Whether `value` is an answer the judge could not carry (it has a repr from the sandbox)."""
    return isinstance(value, HandleProxy) and bool(value._judge_handle.info.text)


def kind(value: HandleProxy) -> str:
    """`a generator`, `a Pair object`."""
    info = value._judge_handle.info
    name = info.type_name.rsplit(".", 1)[-1]
    noun = name if info.module == "builtins" else f"{name} object"
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def hidden_kind(value: HandleProxy, names: Names) -> str:
    """`kind`, for a hidden case: a class's name only when it is a builtin's or
    one the submission's module defined when it loaded."""
    info = value._judge_handle.info
    described = names.names.get(info.type_name)
    if info.module == "builtins" or (described is not None and described.kind == "class"):
        return kind(value)
    return "an object of a class of its own"


def why(value: HandleProxy, expected: Any = None) -> str:
    """Why the answer cannot be compared, and what to return instead when the expected value tells."""
    advice = f"; return a {type(expected).__name__}" if type(expected) in PLAIN_TYPES else ""
    return f"{kind(value)} is not a value the judge can compare: only {VALUES} come out of the sandbox{advice}"


def answer_text(value: Any, shown: Callable[[Any], str] = show) -> str:
    """A call's answer for the trace: its value (`shown`: in the submission's language), or an opaque object's repr and what it is."""
    if is_opaque(value):
        return f"{show(value)} ({kind(value)}, not a value the judge can compare)"
    return shown(value)
