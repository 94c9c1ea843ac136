"""Whether a test's value fits the type its signature declares, checked on the trusted side.

A Java `int` cannot hold 2**40 and a C++ one would wrap it silently: for every
language but Python (whose ints have no width), an argument that does not fit
its declared type is the test's fault, named before anything is sent.
"""

from __future__ import annotations

import functools
from typing import Any

from judge.languages.types import NODES, OPTIONAL, UNKNOWN, Type, Typed, typed
from judge.outcomes import CannotCarry
from judge.problem.model import Problem, Signature

RANGES = {"int": (-(2**31), 2**31 - 1, "32 bits"), "i64": (-(2**63), 2**63 - 1, "64 bits")}
CLASSES: dict[str, tuple[type, ...]] = {"float": (int, float), "bool": (bool,), "str": (str,), "list": (list, tuple)}
CLASSES |= {"tuple": (list, tuple), "set": (set, frozenset), "frozenset": (set, frozenset), "dict": (dict,)}
SHOWN = 60  # characters of a value shown in the message


def check_arguments(
    problem: Problem, target: dict[str, Any], type_name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The arguments in order (keywords placed by the signature's names: other languages take none), or
    CannotCarry (the test's fault) when one does not fit its declared type or names no parameter."""
    signature = _declared(problem, target, type_name)
    if signature is None:
        return args, kwargs
    declared = _typed(signature)
    if kwargs:
        names = [p.name for p in declared.params]
        unknown = sorted(set(kwargs) - set(names[len(args) :]))
        if unknown:
            raise CannotCarry(f"a test passed {declared.name}() keywords its signature does not name in order: {', '.join(unknown)}")
        args = (*args, *(kwargs[name] for name in names[len(args) :] if name in kwargs))
        kwargs = {}
    for param, value in zip(declared.params, args, strict=False):
        problem_found = misfit(value, param.type, param.name)
        if problem_found is not None:
            raise CannotCarry(f"a test passed {declared.name}() a value of another type than problem.toml declares: {problem_found}")
    return args, kwargs


def _declared(problem: Problem, target: dict[str, Any], type_name: str) -> Signature | None:
    """The signature a call's target stands for: a function, a constructor, or a method of a class entry."""
    if target.get("do", "call") != "call":
        return None
    method = target.get("attr")
    if "handle" in target:
        return problem.signature_of(type_name, str(method)) if method else None
    name = str(target.get("name"))
    if method:
        return problem.signature_of(name, str(method))
    entry = problem.entry(name)
    return entry.callable if entry is not None else None


@functools.lru_cache(maxsize=256)
def _typed(signature: Signature) -> Typed:
    return typed(signature)


def misfit(value: Any, kind: Type, where: str) -> str | None:
    """None when `value` fits `kind`, else why not (`nums[2] = 3000000000 does not fit int (32 bits)`).
    Iterative: a long list costs no recursion."""
    stack = [(value, kind, where)]
    nodes_seen: set[int] = set()  # a linked list may loop back: each node is checked once
    while stack:
        item, expected, path = stack.pop()
        problem = _scalar_misfit(item, expected, path)
        if problem is not None:
            return problem
        if expected.name in NODES and item is not None:
            if id(item) not in nodes_seen:
                nodes_seen.add(id(item))
                stack.extend(_node_fields(item, expected, path))
            continue
        stack.extend(_children(item, expected, path))
    return None


def _node_fields(node: Any, expected: Type, path: str) -> list[tuple[Any, Type, str]]:
    """A node's value is an int in LeetCode's TreeNode and ListNode (32 bits in C++, Java and Go)."""
    links = ("left", "right") if expected.name == "TreeNode" else ("next",)
    fields = [(getattr(node, "val", None), Type("int"), f"{path}.val")]
    return fields + [(getattr(node, link, None), Type(OPTIONAL, (expected,)), f"{path}.{link}") for link in links]


def _scalar_misfit(item: Any, expected: Type, path: str) -> str | None:
    name = expected.name
    if name == UNKNOWN or (name == OPTIONAL and item is None) or (name in NODES and item is None):
        return None
    if name in RANGES:
        low, high, bits = RANGES[name]
        if type(item) is not int or not low <= item <= high:
            return f"{path} = {_clip(item)} does not fit {name} ({bits})"
        return None
    if name in CLASSES and (not isinstance(item, CLASSES[name]) or (name == "float" and isinstance(item, bool))):
        return f"{path} = {_clip(item)} is not a {expected}"
    if name in NODES and type(item).__name__ != name:
        return f"{path} = {_clip(item)} is not a {name}"
    return None


def _children(item: Any, expected: Type, path: str) -> list[tuple[Any, Type, str]]:
    if expected.name == OPTIONAL:
        return [(item, expected.args[0], path)]
    if expected.name == "list" and expected.args:
        if expected.args[0].name in RANGES and _ints_within(item, expected.args[0].name):
            return []  # the common case, checked by C loops
        return [(x, expected.args[0], f"{path}[{i}]") for i, x in enumerate(item)]
    if expected.name in ("set", "frozenset") and expected.args:
        return [(x, expected.args[0], f"an item of {path}") for x in item]
    if expected.name == "dict" and len(expected.args) == 2:
        keys = [(k, expected.args[0], f"a key of {path}") for k in item]
        return keys + [(v, expected.args[1], f"{path}[{k!r}]") for k, v in item.items()]
    if expected.name == "tuple" and len(expected.args) == len(item):
        return [(x, t, f"{path}[{i}]") for i, (x, t) in enumerate(zip(item, expected.args, strict=True))]
    return []


def _ints_within(items: Any, name: str) -> bool:
    low, high, _ = RANGES[name]
    return bool(set(map(type, items)) <= {int} and (not items or (min(items) >= low and max(items) <= high)))


def _clip(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 3] + "..."
