"""What the runner says about the submission's objects, names and exceptions, checked.

All of it comes out of the sandbox, so all of it is data to validate: names
must be names, lists are capped, and anything malformed is dropped (an
object then behaves as one the judge knows nothing about), never trusted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from judge import protocol
from judge.outcomes import exception_class
from judge.sandbox.printed import shown_repr

NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
DOTTED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_<>][A-Za-z0-9_<>]*)*")
NAME_CAP = 100
LIST_CAP = 300
KINDS = ("function", "class", "exception", "value", "object")


@dataclass(frozen=True)
class ObjectInfo:
    """A handle's object: its class, that class's methods, whether it is a class itself."""

    type_name: str = "object"
    module: str = ""
    mro: tuple[str, ...] = ()
    methods: frozenset[str] = frozenset()
    is_class: bool = False
    # Its repr, taken in the sandbox, for an object that is none of the
    # problem's classes: an answer the judge cannot carry as a value.
    text: str = ""


@dataclass(frozen=True)
class NameInfo:
    """A public name of the submission's module."""

    kind: str  # one of KINDS
    value: Any = None  # kind "value": the constant itself
    methods: frozenset[str] = frozenset()  # kind "class"
    exception: type[BaseException] | None = None  # kind "exception": its trusted-side class


@dataclass
class Names:
    known: bool = False  # False: the runner did not describe the module (an older load)
    names: dict[str, NameInfo] = field(default_factory=dict)


def is_name(text: Any, pattern: re.Pattern[str] = NAME) -> TypeGuard[str]:
    return isinstance(text, str) and len(text) <= NAME_CAP and pattern.fullmatch(text) is not None


def name_list(raw: Any) -> tuple[str, ...]:
    return tuple(n for n in raw[:LIST_CAP] if is_name(n)) if isinstance(raw, list) else ()


def object_info(raw: Any) -> ObjectInfo:
    if not isinstance(raw, dict):
        return ObjectInfo()
    type_name = raw.get("type")
    module = raw.get("module")
    return ObjectInfo(
        type_name=type_name if is_name(type_name, DOTTED) else "object",
        module=module if is_name(module, DOTTED) else "",
        mro=tuple(n for n in raw.get("mro", [])[:16] if is_name(n, DOTTED)) if isinstance(raw.get("mro"), list) else (),
        methods=frozenset(name_list(raw.get("methods"))),
        is_class=raw.get("class") is True,
        text=shown_repr(raw.get("repr")),
    )


def exception_classes(raw: Any) -> dict[str, list[str]]:
    """[[name, [base, ...]], ...] -> {name: bases}, names checked."""
    classes: dict[str, list[str]] = {}
    if not isinstance(raw, list):
        return classes
    for item in raw[:16]:
        if isinstance(item, list) and len(item) == 2 and is_name(item[0], DOTTED) and isinstance(item[1], list):
            classes[item[0]] = [b for b in item[1][:8] if is_name(b, DOTTED)]
    return classes


def module_names(raw: Any) -> Names:
    if not isinstance(raw, dict):
        return Names()
    names = Names(known=True)
    for name, info in list(raw.items())[:LIST_CAP]:
        parsed = _name_info(info) if is_name(name) else None
        if parsed is not None:
            names.names[name] = parsed
    return names


def _name_info(raw: Any) -> NameInfo | None:
    if not isinstance(raw, dict) or raw.get("kind") not in KINDS:
        return None
    kind = raw["kind"]
    if kind == "value":
        try:
            return NameInfo(kind, value=protocol.decode(raw.get("value")))
        except protocol.ProtocolError:
            return NameInfo("object")
    if kind == "class":
        return NameInfo(kind, methods=frozenset(name_list(raw.get("methods"))))
    if kind == "exception":
        type_name = raw.get("type")
        if not is_name(type_name, DOTTED):
            return None
        return NameInfo(kind, exception=exception_class(type_name, exception_classes(raw.get("classes"))))
    return NameInfo(kind)
