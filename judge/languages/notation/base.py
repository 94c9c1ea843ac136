"""Calls and values as a report shows them, in the submission's own language.

A counterexample, a failed case's "returned X; expected Y" line and `judge run`
show what the submission was asked in the terms its author writes: a Java
candidate reads `new Solution().twoSum(new int[]{-1, 0}, -1)`, not Python.
The problem's typed signature says how each value is spelled (a Java `int[]`
argument and a `List<String>` result differ); a value with no declared type,
or one that does not fit it (a test comparing a derived value), is spelled
from what it is.  Trees and linked lists read as LeetCode serializes them in
every language but Python (`[1,null,2]`, `[1,2,3]`), an empty one as the
language's null.  One call a line, no statement terminators.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from judge.display import TEXT_CAP, linked_values, show, tree_values
from judge.languages.base import camel
from judge.languages.types import NONE, OPTIONAL, UNKNOWN, Type, typed
from judge.problem.model import Signature
from judge.protocol import ListNode, TreeNode

if TYPE_CHECKING:
    from judge.languages.base import Language

MAX_ITEMS = 60  # items of one container shown, as the Python display shows them
NODE_CAP = 200
STRING_CAP = 200
INT32 = range(-(2**31), 2**31)
Nested = Callable[[list[Any], Type], str]  # how a language writes a list inside a list


@dataclass(frozen=True)
class Call:
    """One call of the submission, as the proxy made it."""

    owner: str  # the entry (function or class) as problem.toml names it: "two_sum", "LRUCache"
    method: str | None = None  # a method of `owner`; None: the entry itself
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    signature: Signature | None = None
    construct: bool = False  # calling a class: making an object
    receiver: str = ""  # the object's variable, for a method
    spelled: str = ""  # how the runner said the submission spells it ("Solution.twoSum"); "" when it did not


@functools.lru_cache(maxsize=512)
def returns_of(signature: Signature | None) -> Type | None:
    """The declared result of a signature (None without one)."""
    return typed(signature).returns if signature is not None else None


@functools.lru_cache(maxsize=512)
def _param_types(signature: Signature) -> tuple[tuple[str, Type], ...]:
    return tuple((p.name, p.type) for p in typed(signature).params)


def positional(call: Call) -> list[tuple[Any, Type | None]]:
    """The arguments in the signature's order with their declared types: keywords
    go where their parameter is, as the runners of other languages place them."""
    params = _param_types(call.signature) if call.signature is not None else ()
    placed: list[tuple[Any, Type | None]] = []
    for index, (name, kind) in enumerate(params):
        if index < len(call.args):
            placed.append((call.args[index], kind))
        elif name in call.kwargs:
            placed.append((call.kwargs[name], kind))
    placed += [(value, None) for value in call.args[len(params) :]]
    known = {name for name, _ in params}
    placed += [(value, None) for name, value in call.kwargs.items() if name not in known]
    return placed


class Notation:
    """How one language writes calls and values.  Subclasses spell scalars,
    sequences and calls; this class walks values by their types."""

    restates_calls: ClassVar[bool] = True  # a failed assertion restates the test's (Python) call in this language
    null: ClassVar[str] = "null"
    nothing: ClassVar[str] = "(void)"  # what a call declared to return nothing answered

    def __init__(self, language: Language):
        self.language = language

    # -- values -----------------------------------------------------------
    def value(self, value: Any, kind: Type | None = None, result: bool = False) -> str:
        """`value` as this language writes it: by `kind` when it fits, else by what it is."""
        if value is None and kind is not None and kind.name == NONE:
            return self.nothing
        if kind is not None and not fits(value, kind) and node_kind(kind) and isinstance(value, list):
            return clip(serialized(value))  # a tree's or list's values, as a test compares them: written as the node is
        if kind is None or not fits(value, kind):
            kind = infer(value)
        return clip(self.render(value, kind, result))

    def render(self, value: Any, kind: Type, result: bool) -> str:
        label = getattr(type(value), "_judge_show", None)  # an object in the sandbox: its name in the trace
        if label is not None:
            return str(label(value))
        if kind.name in (UNKNOWN, OPTIONAL):
            kind = kind.args[0] if kind.name == OPTIONAL and value is not None else infer(value)
        if value is None:
            return self.null
        if isinstance(value, bool):
            return "true" if value else "false"
        return self.render_kind(value, kind, result)

    def render_kind(self, value: Any, kind: Type, result: bool) -> str:
        name = kind.name
        if name in ("int", "i64"):
            return self.integer(int(value), name)
        if name == "float":
            return self.floating(float(value))
        if name == "str":
            return self.string(str(value))
        if name == "TreeNode":
            return serialized(tree_values(value, NODE_CAP + 1))
        if name == "ListNode":
            return serialized(linked_values(value, NODE_CAP + 1))
        if name == "list":
            return self.sequence(list(value), kind, result)
        if name in ("set", "frozenset"):
            return self.set_of(sorted_if_possible(value), kind.args[0] if kind.args else Type(UNKNOWN))
        if name == "dict":
            return self.mapping(value, kind)
        if name == "tuple":
            return self.bracketed([self.render(v, k, False) for v, k in zip(value, _tuple_kinds(value, kind), strict=False)])
        return show(value)

    def items(self, values: list[Any], kind: Type, result: bool = False, nested: Nested | None = None) -> list[str]:
        """The items a report shows; `nested` writes the lists inside a list (Java's bare `{1, 2}` in an int[][])."""
        if nested is not None and kind.name == "list":
            shown = [nested(list(v), kind) if isinstance(v, list) else self.render(v, kind, result) for v in values[:MAX_ITEMS]]
        else:
            shown = [self.render(v, kind, result) for v in values[:MAX_ITEMS]]
        return [*shown, "..."] if len(values) > MAX_ITEMS else shown

    def item_kind(self, kind: Type) -> Type:
        return kind.args[0] if kind.args else Type(UNKNOWN)

    # Spellings a language overrides.
    def integer(self, value: int, name: str) -> str:
        return str(value)

    def floating(self, value: float) -> str:
        return repr(value)

    def string(self, value: str) -> str:
        return quoted(value)

    def sequence(self, values: list[Any], kind: Type, result: bool) -> str:
        return self.bracketed(self.items(values, self.item_kind(kind)))

    def set_of(self, values: list[Any], item: Type) -> str:
        return self.bracketed(self.items(values, item))

    def mapping(self, value: dict[Any, Any], kind: Type) -> str:
        key, item = kind.args if len(kind.args) == 2 else (Type(UNKNOWN), Type(UNKNOWN))
        pairs = [f"{self.render(k, key, False)}: {self.render(v, item, False)}" for k, v in list(value.items())[:MAX_ITEMS]]
        return "{" + ", ".join(pairs + (["..."] if len(value) > MAX_ITEMS else [])) + "}"

    def bracketed(self, items: list[str]) -> str:
        return "[" + ", ".join(items) + "]"

    # -- calls ------------------------------------------------------------
    def call(self, call: Call) -> str:
        """The call's expression: `new Solution().twoSum(new int[]{-1, 0}, -1)`."""
        arguments = ", ".join(self.value(value, kind) for value, kind in positional(call))
        if call.construct:
            return self.construct(call, arguments)
        if call.method is not None:
            return f"{call.receiver}.{self.name(call)}({arguments})"
        return self.function(call, arguments)

    def construct(self, call: Call, arguments: str) -> str:
        return f"new {call.owner}({arguments})"

    def function(self, call: Call, arguments: str) -> str:
        return f"{self.name(call)}({arguments})"

    def name(self, call: Call) -> str:
        """The callable as the submission spells it: as its runner said, else as LeetCode does."""
        if call.spelled:
            return call.spelled.rsplit(".", 1)[-1]
        return self.language.spell(call.method if call.method is not None else call.owner)

    def declare(self, variable: str, type_name: str, expression: str) -> str:
        """The line that keeps an object the submission made: `LRUCache lruCache = new LRUCache(2)`."""
        return f"{type_name} {variable} = {expression}"

    def variable(self, type_name: str, number: int) -> str:
        """The trace's name for the example's `number`-th object: lruCache, lruCache2."""
        return camel(snake_variable(type_name, number))


def snake_variable(type_name: str, number: int) -> str:
    """LRUCache -> lru_cache, MinStack -> min_stack; a second one lru_cache2."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", type_name.rsplit(".", 1)[-1]).lower() or "obj"
    return snake if number == 1 else f"{snake}{number}"


def node_kind(kind: Type) -> bool:
    """Whether `kind` is a tree or a linked list (or an optional one)."""
    return (kind.args[0] if kind.name == OPTIONAL else kind).name in ("TreeNode", "ListNode")


def fits(value: Any, kind: Type) -> bool:
    """Whether `value` is one of `kind` (only the items a report shows are looked at)."""
    name = kind.name
    if name == OPTIONAL:
        return value is None or fits(value, kind.args[0])
    if name in ("TreeNode", "ListNode"):
        return value is None or type(value).__name__ == name
    if name == NONE:
        return value is None
    if isinstance(value, bool):
        return name == "bool"
    scalar = SCALAR_TYPES.get(name)
    if scalar is not None:
        return isinstance(value, scalar)
    if name == "list" and isinstance(value, list):
        return all(fits(v, kind.args[0]) for v in value[:MAX_ITEMS]) if kind.args else True
    if name in ("set", "frozenset") and isinstance(value, (set, frozenset)):
        return all(fits(v, kind.args[0]) for v in list(value)[:MAX_ITEMS]) if kind.args else True
    if name == "dict" and isinstance(value, dict) and len(kind.args) == 2:
        return all(fits(k, kind.args[0]) and fits(v, kind.args[1]) for k, v in list(value.items())[:MAX_ITEMS])
    if name == "tuple" and isinstance(value, tuple):
        return len(value) == len(kind.args) and all(fits(v, k) for v, k in zip(value, kind.args, strict=True))
    return False


SCALAR_TYPES: dict[str, type | tuple[type, ...]] = {"int": int, "i64": int, "float": (int, float), "str": str, "bool": bool}


def infer(value: Any) -> Type:
    """The type a value shows as when none is declared for it."""
    if value is None:
        return Type(NONE)
    if isinstance(value, bool):
        return Type("bool")
    if isinstance(value, int):
        return Type("int" if value in INT32 else "i64")
    for kind in (float, str, TreeNode, ListNode):
        if isinstance(value, kind):
            return Type("str" if kind is str else "float" if kind is float else kind.__name__)
    if isinstance(value, (list, set, frozenset)):
        return Type("list" if isinstance(value, list) else "set", (common(list(value)),))
    if isinstance(value, dict):
        return Type("dict", (common(list(value)), common(list(value.values()))))
    if isinstance(value, tuple):
        return Type("tuple", tuple(infer(v) for v in value))
    return Type(UNKNOWN)


def common(values: list[Any]) -> Type:
    """The one type of a container's items (ints of both widths are i64), else unknown."""
    kinds = {infer(v) for v in values[:MAX_ITEMS] if v is not None}
    if kinds == {Type("int"), Type("i64")}:
        return Type("i64")
    return kinds.pop() if len(kinds) == 1 else Type(UNKNOWN)


def _tuple_kinds(value: tuple[Any, ...], kind: Type) -> list[Type]:
    return list(kind.args) if kind.name == "tuple" and len(kind.args) == len(value) else [infer(v) for v in value]


def sorted_if_possible(values: Any) -> list[Any]:
    try:
        return sorted(values)
    except TypeError:
        return list(values)


def serialized(values: list[Any]) -> str:
    """LeetCode's serialization of a tree (level order) or a list: `[1,null,2]`."""
    shown = [json.dumps(v, ensure_ascii=False) if isinstance(v, str) else node_value(v) for v in values[:NODE_CAP]]
    return "[" + ",".join(shown + (["..."] if len(values) > NODE_CAP else [])) + "]"


def node_value(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, int) else repr(value)


ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def quoted(text: str, unicode_escape: str = "\\u{:04x}") -> str:
    """A double-quoted literal; control characters escaped, long strings cut in the middle."""
    if len(text) > STRING_CAP:
        text = text[: STRING_CAP // 2] + "..." + text[-STRING_CAP // 2 :]
    out = [ESCAPES.get(c) or (unicode_escape.format(ord(c)) if ord(c) < 32 or ord(c) == 127 else c) for c in text]
    return '"' + "".join(out) + '"'


def clip(text: str) -> str:
    return text if len(text) <= TEXT_CAP else text[: TEXT_CAP - 3] + "..."
