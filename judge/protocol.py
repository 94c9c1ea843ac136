"""The wire protocol between the trusted harness and the in-sandbox runner.

Standard library only: this file is copied into every sandbox beside the
runner, and it must stay importable there without the rest of `judge`.

A value travels as a flat graph, never as nested JSON::

    {"root": ATOM, "objs": [[TAG, ATOM, ...], ...]}

ATOM is a JSON scalar (null, bool, str, int of at most 53 bits, finite float)
or a short tagged list: ["i", hex] a larger int, ["f", "nan"|"inf"|"-inf"],
["b", base64] bytes, ["r", k] the container at objs[k], ["h", k] an opaque
handle to an object that lives in the sandbox.  Every container sits once in
`objs`, so shared nodes and cycles survive, a 100,000-node linked list is no
deeper than a leaf, and neither side ever recurses on untrusted data.  Nothing
is ever unpickled or eval'd.

A response's table starts with the request's own objects, in request order, in
their state after the call: the harness writes that state back into the
caller's objects, so in-place mutation works as it would in-process and a
result that reuses an input node is that very node on the trusted side.
"""

from __future__ import annotations

import base64
import datetime
import decimal
import fractions
import gc
import itertools
import json
import marshal
import math
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

VERSION = 2
SAFE_INT = 2**53
MAX_FRAME_BYTES = 64 * 1024 * 1024
MAX_OBJECTS = 4_000_000
# Ladder inputs a runner keeps staged, the oldest dropped first: the ladder's
# top window (five doubling sizes) is then measured again without resending.
STAGED_INPUTS = 6

# Exit codes the runner uses when it cannot send a frame about its own death.
EXIT_CPU_LIMIT = 152
EXIT_MEMORY = 153
EXIT_PROTOCOL = 154
EXIT_OUTPUT = 155  # printed past the output limit with no call out to answer

MUTABLE_TAGS = ("list", "dict", "set", "TreeNode", "ListNode")
IMMUTABLE_TAGS = ("tuple", "frozenset")


class ProtocolError(Exception):
    """A frame or value that breaks the protocol: bad JSON, bad shape, too big."""


class FrameTooLarge(ProtocolError):
    """A frame over the size cap."""


class TreeNode:
    """Binary tree node, as on common interview sites (identity equality)."""

    def __init__(self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val!r})"


class ListNode:
    """Singly linked list node, as on common interview sites (identity equality)."""

    def __init__(self, val: Any = 0, next: ListNode | None = None):  # noqa: A002 - the sites' name
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val!r})"


_SURROGATE = re.compile("[\ud800-\udfff]")

HandleOut = Callable[[Any], "int | list[Any]"]  # a handle's key, or a reference atom
HandleIn = Callable[[Any], Any]  # a handle's key, or a reference atom


def _node_kind(value: Any) -> str | None:
    """Tree/list nodes are recognised by class name, so a submission's own
    `class TreeNode` (pasted from a site) travels like the provided one."""
    name = type(value).__name__
    if name == "TreeNode" and hasattr(value, "val") and hasattr(value, "left") and hasattr(value, "right"):
        return "TreeNode"
    if name == "ListNode" and hasattr(value, "val") and hasattr(value, "next"):
        return "ListNode"
    return None  # a class of that name with other fields is an ordinary object


class collector_paused:  # noqa: N801 - used as a function: `with collector_paused():`
    """The cyclic garbage collector off while the codec builds containers.

    A 100,000-list value makes 100,000 new lists: hundreds of collections,
    some of them full passes over every object alive, for containers that
    form no cycle (reference counting frees them).  A collector that was
    already off (the submission turned it off) stays off.  A class, not a
    generator: it wraps every frame, and costs a tenth of contextlib's."""

    __slots__ = ("was_on",)

    def __enter__(self) -> None:
        self.was_on = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.was_on:
            gc.enable()


class Encoder:
    """Encodes values into one flat object table; `objects[k]` is what `objs[k]` holds."""

    def __init__(self, to_handle: HandleOut | None = None, max_objects: int = MAX_OBJECTS):
        self.to_handle = to_handle
        self.max_objects = max_objects
        self.objs: list[Any] = []
        self.objects: list[Any] = []
        self._memo: dict[int, int] = {}
        self._pending: list[tuple[int, str, Any]] = []

    def preload(self, objects: Sequence[Any]) -> None:
        """Give `objects` the first table slots, in order (a response's inputs)."""
        with collector_paused():
            for obj in objects:
                if type(obj) is list:
                    self._list_ref(obj)
                else:
                    self.atom(obj)

    def encode(self, value: Any) -> dict[str, Any]:
        with collector_paused():
            return self._encode(value)

    def _encode(self, value: Any) -> dict[str, Any]:
        order = None if self.objs else lean_order(value)
        if order is not None:
            # The common case: plain lists, str-keyed dicts and scalars, each
            # container once.  `objects` is the order both sides agree on.
            self.objects = order
            return {"lean": value}
        root = self.atom(value)
        self.drain()
        return {"root": root, "objs": self.objs}

    def atom(self, value: Any) -> Any:
        kind = type(value)
        if kind is str:
            # JSON would merge two lone surrogates ('\ud800\udc00') into one
            # character on the way back: such strings travel as code points.
            return value if value.isascii() or not _SURROGATE.search(value) else ["z", [ord(c) for c in value]]
        if value is None or kind is bool:
            return value
        if kind is int:
            return value if -SAFE_INT <= value <= SAFE_INT else ["i", format(value, "x")]
        if kind is float:
            return value if math.isfinite(value) else ["f", repr(value)]
        tag = _container_tag(value)
        if tag is not None:
            return self._ref(value, tag)
        return self._scalar_subclass(value)

    def _scalar_subclass(self, value: Any) -> Any:
        extra = _VALUE_ATOMS.get(type(value))
        if extra is not None:
            return extra(value)
        # Subclasses travel as their base type: an `int` whose __eq__ always
        # says True arrives on the trusted side as a plain int.
        if isinstance(value, bool):
            return bool(value)
        if isinstance(value, int):
            return self.atom(int.__int__(value))
        if isinstance(value, float):
            return self.atom(float.__float__(value))
        if isinstance(value, str):
            return self.atom(str.__str__(value))
        if isinstance(value, (bytes, bytearray, memoryview)):
            return ["b", base64.b64encode(bytes(value)).decode("ascii")]
        if self.to_handle is None:
            raise ProtocolError(f"cannot send a value of type {type(value).__name__}")
        ref = self.to_handle(value)
        return ref if isinstance(ref, list) else ["h", ref]  # a list: a reference atom of its own (REFERENCE_TAGS)

    def _ref(self, value: Any, tag: str) -> list[Any]:
        key = id(value)
        index = self._memo.get(key)
        if index is None:
            index = len(self.objs)
            if index >= self.max_objects:
                raise ProtocolError(f"value has more than {self.max_objects} containers")
            self._memo[key] = index
            self.objs.append(None)
            self.objects.append(value)
            self._pending.append((index, tag, value))
        return ["r", index]

    def _list_ref(self, value: list[Any]) -> list[Any]:
        """`atom` of an exact list, without its type tests (rows of a grid
        or of 100,000 intervals: a third of their encoding)."""
        index = self._memo.get(id(value))
        return self._ref(value, "list") if index is None else ["r", index]

    def drain(self) -> None:
        # Iterative, so a deep tree or a long linked list never recurses.
        while self._pending:
            index, tag, value = self._pending.pop()
            if type(value) in (list, tuple) and _plain(value):  # exact types: a subclass may lie in __iter__
                self.objs[index] = [tag, *value]  # the common case: every item is its own atom
            elif type(value) is list and set(map(type, value)) == {list}:
                self.objs[index] = [tag, *map(self._list_ref, value)]  # rows: each a reference
            else:
                self.objs[index] = [tag, *(self.atom(child) for child in _children(tag, value))]


def _plain(items: Any) -> bool:
    """Whether every item of a list or tuple travels as itself: exact ints
    within 53 bits, finite floats, ASCII strings, bools, None.  Checked with C
    loops (types, min, max, join), so a 100,000-int list costs no Python call
    per item."""
    kinds = set(map(type, items))
    if not kinds <= _PLAIN_KINDS:
        return False
    if len(kinds) > 1:
        return all(map(_plain_scalar, items))
    kind = next(iter(kinds), None)
    if kind is int:
        return bool(min(items) >= -SAFE_INT and max(items) <= SAFE_INT)
    if kind is str:
        return _plain_scalar("".join(items))  # one check of the joined text, as of each item
    if kind is float:
        return all(map(math.isfinite, items))
    return True


def _plain_scalar(item: Any) -> bool:
    kind = type(item)
    if kind is int:
        return bool(-SAFE_INT <= item <= SAFE_INT)
    if kind is str:
        return bool(item.isascii()) or _SURROGATE.search(item) is None
    return kind is not float or math.isfinite(item)


LEAN_DEPTH = 32  # nesting of a lean value; deeper values take the flat table


def is_lean(value: Any, avoid: frozenset[int] = frozenset(), max_ints: int = SAFE_INT) -> bool:
    """Whether `value` can travel as plain JSON and come back equal: exact
    lists, dicts with str keys, and plain scalars (see `_plain`), nested at
    most LEAN_DEPTH deep, no container twice (sharing needs the table), and
    none of the containers whose ids are in `avoid` (a caller's own objects,
    whose identity a result must keep)."""
    return lean_order(value, avoid, max_ints) is not None


def lean_order(value: Any, avoid: frozenset[int] = frozenset(), max_ints: int = SAFE_INT) -> list[Any] | None:
    """The containers of a lean value in depth-first pre-order (the slots both
    sides give them when a call's answer must write changes back), or None
    when the value is not lean.  Iterative: untrusted depth is safe."""
    order: list[Any] = []
    seen: set[int] = set()
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        kind = type(item)
        if kind is list or kind is dict:
            key = id(item)
            if key in seen or key in avoid or depth >= LEAN_DEPTH or len(order) >= MAX_OBJECTS:
                return None
            seen.add(key)
            order.append(item)
            if kind is list:
                if _plain(item) or _plain_rows(item, depth + 1, seen, avoid, order):
                    continue
                children = item
            elif all(type(k) is str and _plain_scalar(k) for k in item):
                children = list(item.values())
            else:
                return None
            stack.extend((child, depth + 1) for child in reversed(children))
        elif kind not in _PLAIN_KINDS or not _plain_scalar(item) or (kind is int and abs(item) > max_ints):
            return None
    return order


def _plain_rows(rows: list[Any], depth: int, seen: set[int], avoid: frozenset[int], order: list[Any]) -> bool:
    """A list of plain lists (intervals, edges, a grid) checked whole, with C
    loops over all its items at once: what lean_order's loop would find row
    by row, at a tenth of the cost for 100,000 pairs.  On success the rows
    are in `order` and `seen`; on failure nothing changed and the loop
    walks the rows itself (and finds what is wrong, if anything is)."""
    if set(map(type, rows)) != {list} or depth >= LEAN_DEPTH or len(order) + len(rows) > MAX_OBJECTS:
        return False
    ids = set(map(id, rows))
    if len(ids) != len(rows) or not ids.isdisjoint(seen) or not ids.isdisjoint(avoid):
        return False  # a row twice, or one already met: sharing needs the table
    if not _plain(list(_flatten(rows))):
        return False
    seen.update(ids)
    order.extend(rows)
    return True


def lean_containers(value: Any) -> list[Any]:
    """`lean_order` of a value already known to be lean: the same order,
    without checking each item again (a third of a 100,000-int call's
    decoding in the runner).  Iterative, as lean_order is."""
    order: list[Any] = []
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is list:
            children = item
        elif kind is dict:
            children = list(item.values())
        else:
            continue
        order.append(item)
        kinds = set(map(type, children))
        if kinds == {list} and _NESTING.isdisjoint(map(type, _flatten(children))):
            order.extend(children)  # rows of scalars (intervals, edges): their order at once
        elif list in kinds or dict in kinds:
            stack.extend(reversed(children))
    return order


_NESTING = frozenset({list, dict})


class LeanCall:
    """A call whose arguments came as plain JSON.  Its answer is plain JSON
    too when the call left them exactly as they were and its value shares
    none of them; else the answer takes the table, with the inputs first."""

    def __init__(self, payload: Any):
        self.payload = payload
        self.snapshot = _snapshot(payload)

    def answer(self, value: Any, inputs: Sequence[Any]) -> dict[str, Any] | None:
        after = _snapshot(self.payload)
        if after is None or after != self.snapshot:
            return None  # changed in place: written back through the table
        if not is_lean(value, avoid=frozenset(map(id, inputs))):
            return None
        return {"lean": value}


def _snapshot(payload: Any) -> bytes | None:
    """The payload's exact contents, to tell whether a call changed them.
    marshal, not JSON text: it writes a 100,000-int list ten times faster,
    and it keeps what JSON blurs (True against 1, 1.0 against 1, -0.0): its
    bytes name each item's exact type.  Version 2 records no sharing (as JSON
    did not): later versions flag objects by reference count, which a call
    that merely kept a reference would change.  What marshal refuses (an
    object the call put in) is a change."""
    try:
        return _marshal_dumps(payload, 2)
    except (ValueError, RecursionError):
        return None


_PLAIN_KINDS = frozenset({int, float, str, bool, type(None)})
_marshal_dumps = marshal.dumps  # bound at import: a submission may replace the module's attribute
_flatten = itertools.chain.from_iterable  # the same


def _container_tag(value: Any) -> str | None:
    for base, tag in _CONTAINERS:
        if isinstance(value, base):
            return tag
    return _node_kind(value)


_CONTAINERS: tuple[tuple[type, str], ...] = (
    (list, "list"),
    (tuple, "tuple"),
    (dict, "dict"),
    (set, "set"),
    (frozenset, "frozenset"),
)


def _children(tag: str, value: Any) -> Iterable[Any]:
    # The base types' own methods, so a subclass cannot lie about its items.
    if tag == "list":
        return list.__iter__(value)
    if tag == "tuple":
        return tuple.__iter__(value)
    if tag == "dict":
        return (item for pair in dict.items(value) for item in pair)
    if tag in ("set", "frozenset"):
        return (set.__iter__ if tag == "set" else frozenset.__iter__)(value)
    if tag == "TreeNode":
        return (value.val, value.left, value.right)
    return (value.val, value.next)


class Decoder:
    """Decodes one graph. `preset[k]` is the caller's own object for slot k,
    filled in place (mutable) or taken as it is (immutable)."""

    def __init__(self, from_handle: HandleIn | None = None, preset: Sequence[Any] = (), from_judge: bool = False):
        """`from_judge`: the data comes from the trusted side, which checked
        its lean values before it sent them (the runner's case)."""
        self.from_handle = from_handle
        self.preset = preset
        self.from_judge = from_judge
        self.objects: list[Any] = []

    def decode(self, data: Any) -> Any:
        with collector_paused():
            return self._decode(data)

    def _decode(self, data: Any) -> Any:
        if isinstance(data, dict) and set(data) == {"lean"}:
            value = data["lean"]
            order = lean_containers(value) if self.from_judge else lean_order(value)
            if order is None:
                raise ProtocolError("a lean value must be plain JSON of bounded depth")
            self.objects = order
            return value
        if not isinstance(data, dict) or set(data) != {"root", "objs"}:
            raise ProtocolError("a value must be an object with 'root' and 'objs'")
        objs = data["objs"]
        if not isinstance(objs, list) or len(objs) > MAX_OBJECTS:
            raise ProtocolError("'objs' must be a list of at most MAX_OBJECTS entries")
        for k, entry in enumerate(objs):
            if entry is None and k < len(self.preset):
                continue  # one of the caller's own objects, unchanged by the call
            _check_entry(entry)
        self.objects = [self._placeholder(k, entry) for k, entry in enumerate(objs)]
        self._build_immutables(objs)
        for k, entry in enumerate(objs):
            if entry is not None and entry[0] in MUTABLE_TAGS:
                self._fill(self.objects[k], entry)
        return self.atom(data["root"])

    def atom(self, value: Any) -> Any:
        if value is None or isinstance(value, (bool, str, int, float)):
            return value
        if not isinstance(value, list) or len(value) != 2 or not isinstance(value[0], str):
            raise ProtocolError(f"malformed atom {_clip(value)}")
        tag, body = value
        if tag == "r":
            return self._object(body)
        if tag == "i" and isinstance(body, str):
            return _parse_hex(body)
        if tag == "f" and body in ("nan", "inf", "-inf"):
            return float(body)
        if tag == "b" and isinstance(body, str):
            return _parse_b64(body)
        if tag == "z" and isinstance(body, list):
            return _parse_code_points(body)
        if tag == "h" and type(body) is int and self.from_handle is not None:
            return self.from_handle(body)
        if tag in REFERENCE_TAGS and self.from_handle is not None:
            return self.from_handle(value)  # the whole atom: its receiver checks the body
        parse = _VALUE_PARSERS.get(tag)
        if parse is not None:
            return _parsed(parse, body)
        raise ProtocolError(f"malformed atom {_clip(value)}")

    def _object(self, index: Any) -> Any:
        if type(index) is not int or not 0 <= index < len(self.objects):
            raise ProtocolError(f"reference to a missing object {_clip(index)}")
        obj = self.objects[index]
        if obj is _UNBUILT:
            raise ProtocolError("immutable containers form a cycle")
        return obj

    def _references(self, atoms: list[list[Any]]) -> list[Any] | None:
        """The objects that `atoms`, all references, name; None when one is
        not a well-formed reference (`atom` then says which).  C loops: a
        list of 100,000 rows is 100,000 of them."""
        if set(map(len, atoms)) != {2} or set(map(_HEAD, atoms)) != {"r"}:
            return None
        indices = list(map(_BODY, atoms))
        if set(map(type, indices)) != {int} or min(indices) < 0 or max(indices) >= len(self.objects):
            return None
        found = list(map(self.objects.__getitem__, indices))
        return None if id(_UNBUILT) in set(map(id, found)) else found

    def _placeholder(self, index: int, entry: list[Any] | None) -> Any:
        if entry is None:
            return self.preset[index]
        tag = entry[0]
        if index < len(self.preset):
            obj = self.preset[index]
            if _container_tag(obj) != tag:
                raise ProtocolError(f"object {index} changed type to {tag}")
            return obj
        if tag in IMMUTABLE_TAGS:
            return _UNBUILT
        return _NEW[tag]()

    def _build_immutables(self, objs: list[Any]) -> None:
        # Tuples and frozensets need their items first: depth-first and
        # iterative, with the current path kept apart from siblings still
        # waiting (a tuple shared by two tuples is no cycle).
        for start, entry in enumerate(objs):
            if entry is None or entry[0] not in IMMUTABLE_TAGS or self.objects[start] is not _UNBUILT:
                continue
            path = {start}
            stack = [(start, iter(_refs(objs[start], len(objs))))]
            while stack:
                k, children = stack[-1]
                child = next((j for j in children if self.objects[j] is _UNBUILT), None)
                if child is not None:
                    if child in path:
                        raise ProtocolError("immutable containers form a cycle")
                    path.add(child)
                    stack.append((child, iter(_refs(objs[child], len(objs)))))
                    continue
                stack.pop()
                path.discard(k)
                items = [self.atom(a) for a in objs[k][1:]]
                make: Callable[[list[Any]], Any] = tuple if objs[k][0] == "tuple" else frozenset
                self.objects[k] = _hashable(make, items)

    def _fill(self, obj: Any, entry: list[Any]) -> None:
        tag = entry[0]
        items = entry[1:]
        kinds = set(map(type, items))
        if not kinds <= _PLAIN_KINDS:
            found = self._references(items) if kinds == {list} else None
            items = [self.atom(a) for a in items] if found is None else found
        if tag == "list":
            obj[:] = items
        elif tag == "dict":
            if len(items) % 2:
                raise ProtocolError("a dict needs an even number of items")
            obj.clear()
            _hashable(obj.update, zip(items[::2], items[1::2], strict=True))
        elif tag == "set":
            obj.clear()
            _hashable(obj.update, items)
        else:
            _fill_node(obj, tag, items)


class _Unbuilt:
    pass


_UNBUILT = _Unbuilt()
_NEW: dict[str, Callable[[], Any]] = {
    "list": list,
    "dict": dict,
    "set": set,
    "TreeNode": lambda: TreeNode(None),
    "ListNode": lambda: ListNode(None),
}
_ARITY = {"TreeNode": 3, "ListNode": 2}
_HEAD = operator.itemgetter(0)
_BODY = operator.itemgetter(1)


def _fill_node(obj: Any, tag: str, items: list[Any]) -> None:
    if len(items) != _ARITY[tag]:
        raise ProtocolError(f"a {tag} needs {_ARITY[tag]} items")
    if tag == "TreeNode":
        obj.val, obj.left, obj.right = items
    else:
        obj.val, obj.next = items


def _hashable(build: Callable[[Any], Any], items: Any) -> Any:
    try:
        return build(items)
    except TypeError as exc:
        raise ProtocolError(f"unhashable item in a set or dict key: {exc}") from None


def _check_entry(entry: Any) -> None:
    if not isinstance(entry, list) or not entry or not isinstance(entry[0], str) or entry[0] not in _TAGS:
        raise ProtocolError(f"malformed object {_clip(entry)}")
    kinds = set(map(type, entry))
    if kinds <= _PLAIN_KINDS:
        return  # scalars only: nothing nested
    if kinds <= _PLAIN_OR_LIST and set(map(type, _flatten(item for item in entry if type(item) is list))) <= _PLAIN_KINDS:
        return  # scalars and flat atoms (100,000 references): checked in C loops
    for item in entry[1:]:
        # An item is a scalar or a short tag, whose body is flat: this is the depth cap.
        if isinstance(item, dict) or (isinstance(item, list) and not all(_flat(part) for part in item)):
            raise ProtocolError("object nested too deeply")


def _flat(part: Any) -> bool:
    if isinstance(part, dict):
        return False
    return not isinstance(part, list) or not any(isinstance(x, (list, dict)) for x in part)


_TAGS = frozenset(MUTABLE_TAGS + IMMUTABLE_TAGS)
_PLAIN_OR_LIST = _PLAIN_KINDS | {list}


def _refs(entry: list[Any], size: int) -> list[int]:
    refs = [a[1] for a in entry[1:] if isinstance(a, list) and len(a) == 2 and a[0] == "r"]
    for ref in refs:
        if type(ref) is not int or not 0 <= ref < size:
            raise ProtocolError(f"reference to a missing object {_clip(ref)}")
    return refs


# Immutable values beyond JSON's, each an atom whose body is a string or a
# flat list of strings: dates and times as ISO text, exact numbers in hex.
_VALUE_ATOMS: dict[type, Callable[[Any], list[Any]]] = {
    datetime.datetime: lambda v: ["dt", v.isoformat()],
    datetime.date: lambda v: ["da", v.isoformat()],
    datetime.time: lambda v: ["ti", v.isoformat()],
    datetime.timedelta: lambda v: ["td", [format(v.days, "x"), format(v.seconds, "x"), format(v.microseconds, "x")]],
    decimal.Decimal: lambda v: ["dc", str(v)],
    fractions.Fraction: lambda v: ["fr", [format(v.numerator, "x"), format(v.denominator, "x")]],
    complex: lambda v: ["cx", [repr(v.real), repr(v.imag)]],
    range: lambda v: ["rg", [format(v.start, "x"), format(v.stop, "x"), format(v.step, "x")]],
    slice: lambda v: ["sl", [_optional_hex(v.start), _optional_hex(v.stop), _optional_hex(v.step)]],
}
_VALUE_PARSERS: dict[str, Callable[[Any], Any]] = {
    "dt": lambda body: datetime.datetime.fromisoformat(_text(body)),
    "da": lambda body: datetime.date.fromisoformat(_text(body)),
    "ti": lambda body: datetime.time.fromisoformat(_text(body)),
    "td": lambda body: datetime.timedelta(*_hex_ints(body, 3)),
    "dc": lambda body: decimal.Decimal(_text(body)),
    "fr": lambda body: fractions.Fraction(*_hex_ints(body, 2)),
    "cx": lambda body: complex(*(float(part) for part in _texts(body, 2))),
    "rg": lambda body: range(*_hex_ints(body, 3)),
    "sl": lambda body: slice(*(None if part == "" else int(part, 16) for part in _texts(body, 3))),
}
# Atoms that stand for something the receiver holds: a test's callable the
# runner calls back ("c", an int), a name in the submission's module ("n", a str).
REFERENCE_TAGS = ("c", "n")


def _optional_hex(part: Any) -> str:
    if part is None:
        return ""
    if type(part) is not int:
        raise ProtocolError(f"cannot send a slice of {type(part).__name__}")
    return format(part, "x")


def _parsed(parse: Callable[[Any], Any], body: Any) -> Any:
    try:
        return parse(body)
    except (ValueError, TypeError, OverflowError, ArithmeticError, ZeroDivisionError) as exc:
        raise ProtocolError(f"malformed value: {_clip(body)} ({type(exc).__name__})") from None


def _text(body: Any) -> str:
    if not isinstance(body, str) or len(body) > 200:
        raise ValueError("not a short string")
    return body


def _texts(body: Any, count: int) -> list[str]:
    if not isinstance(body, list) or len(body) != count:
        raise ValueError(f"not {count} strings")
    return [_text(part) for part in body]


def _hex_ints(body: Any, count: int) -> list[int]:
    return [int(part, 16) for part in _texts(body, count)]


def _parse_hex(text: str) -> int:
    try:
        return int(text, 16)
    except ValueError:
        raise ProtocolError(f"malformed big int {_clip(text)}") from None


def _parse_b64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise ProtocolError("malformed bytes") from None


def _parse_code_points(codes: list[Any]) -> str:
    if not all(type(c) is int and 0 <= c <= 0x10FFFF for c in codes):
        raise ProtocolError("malformed code points")
    return "".join(map(chr, codes))


def _clip(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def drop_unchanged(encoded: dict[str, Any], sent: Any, count: int) -> dict[str, Any]:
    """A response's first `count` objects are the request's own: each that
    encodes exactly as it was sent becomes null, and the caller keeps its
    object as it is.  A 100,000-item input then crosses once, not twice."""
    objs = encoded.get("objs")
    if type(sent) is list and type(objs) is list:
        for k in range(min(count, len(sent), len(objs))):
            if objs[k] == sent[k]:
                objs[k] = None
    return encoded


def encode(value: Any, to_handle: HandleOut | None = None) -> dict[str, Any]:
    return Encoder(to_handle).encode(value)


def decode(data: Any, from_handle: HandleIn | None = None) -> Any:
    return Decoder(from_handle).decode(data)


def dump_frame(message: dict[str, Any], cap: int = MAX_FRAME_BYTES) -> bytes:
    """One JSON line. ASCII-only, so lone surrogates in strings survive."""
    data = _json_text(message).encode("ascii") + b"\n"
    if len(data) > cap:
        raise FrameTooLarge(f"frame of {len(data)} bytes is over the {cap}-byte cap")
    return data


def _reject_constant(name: str) -> Any:
    raise ProtocolError(f"non-standard JSON constant {name}")


# Made once: json.dumps/json.loads with options build a new coder per call,
# which costs as much as coding a small frame.
_ENCODER = json.JSONEncoder(separators=(",", ":"), allow_nan=False)
_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _json_text(value: Any) -> str:
    # iterencode, not encode: encode's first step is an isinstance() call,
    # and a submission may have replaced builtins.isinstance; the one-shot
    # iterencode goes straight to the C encoder.
    return "".join(_ENCODER.iterencode(value, _one_shot=True))


def load_frame(line: bytes, cap: int = MAX_FRAME_BYTES) -> dict[str, Any]:
    """Parse one frame; any malformation is a ProtocolError, never a crash."""
    if len(line) > cap:
        raise FrameTooLarge(f"frame of {len(line)} bytes is over the {cap}-byte cap")
    try:
        with collector_paused():
            message = _DECODER.decode(line.decode("utf-8") if isinstance(line, (bytes, bytearray)) else line)
    except RecursionError:
        raise ProtocolError("frame nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"malformed frame: {exc}") from None
    if not isinstance(message, dict):
        raise ProtocolError("a frame must be a JSON object")
    return message
