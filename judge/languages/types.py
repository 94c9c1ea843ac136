"""The types of a problem's signatures, read once for every language.

problem.toml writes signatures in Python (`two_sum(nums: list[int], target: int) -> list[int]`).
A language maps each `Type` to its own spelling; a type it cannot spell makes
the problem one that language cannot solve (`judge list --lang js` leaves it out).

Scalars: `int` (32 bits, as Java's and C++'s `int`), `i64` (64 bits: a count
that outgrows `int`), `float`, `bool`, `str`; containers `list[T]`, `set[T]`,
`dict[K, V]`, `tuple[...]`; LeetCode's `TreeNode` and `ListNode`; `T | None`
(`Optional[T]`); `None` as a result.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from judge.problem.model import Signature

SCALARS = frozenset({"int", "i64", "float", "bool", "str"})
NODES = frozenset({"TreeNode", "ListNode"})
CONTAINERS = frozenset({"list", "set", "frozenset", "dict", "tuple"})
NONE = "None"
OPTIONAL = "optional"
UNKNOWN = "?"


@dataclass(frozen=True)
class Type:
    """`list[int]` is Type("list", (Type("int"),)); what cannot be read is Type("?", text=...)."""

    name: str
    args: tuple[Type, ...] = ()
    text: str = ""

    def __str__(self) -> str:
        if self.name == OPTIONAL:
            return f"{self.args[0]} | None"
        if self.name == UNKNOWN:
            return self.text or "?"
        return f"{self.name}[{', '.join(map(str, self.args))}]" if self.args else self.name

    def walk(self) -> list[Type]:
        """This type and every type inside it."""
        found = [self]
        for arg in self.args:
            found += arg.walk()
        return found


@dataclass(frozen=True)
class Param:
    name: str
    type: Type


@dataclass(frozen=True)
class Typed:
    """One signature with its types read: what starters, glue and value checks are made from."""

    name: str
    params: tuple[Param, ...]
    returns: Type

    def types(self) -> list[Type]:
        return [p.type for p in self.params] + [self.returns]


def typed(signature: Signature) -> Typed:
    """The signature's types; an unannotated parameter is UNKNOWN, no annotated result is `None`."""
    func = ast.parse(f"def {signature.signature}: pass").body[0]  # the loader parsed it already: it is valid
    assert isinstance(func, ast.FunctionDef)
    args = func.args.posonlyargs + func.args.args + func.args.kwonlyargs
    params = tuple(Param(a.arg, read(a.annotation)) for a in args if a.arg != "self")
    returns = read(func.returns) if func.returns is not None else Type(NONE)
    return Typed(signature.name, params, returns)


def parse(text: str) -> Type:
    """A type from its text (`list[list[int]]`)."""
    try:
        return read(ast.parse(text, mode="eval").body)
    except SyntaxError:
        return Type(UNKNOWN, text=text)


def read(node: ast.expr | None) -> Type:
    if node is None:
        return Type(UNKNOWN, text="no annotation")
    if isinstance(node, ast.Constant) and node.value is None:
        return Type(NONE)
    if isinstance(node, ast.Name):
        known = node.id in SCALARS or node.id in NODES or node.id == NONE
        return Type(node.id) if known else Type(UNKNOWN, text=node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _optional(read(node.left), read(node.right), ast.unparse(node))
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        args = tuple(read(item) for item in items)
        if node.value.id == "Optional" and len(args) == 1:
            return Type(OPTIONAL, args)
        if node.value.id in CONTAINERS:
            return Type(node.value.id, args)
    return Type(UNKNOWN, text=ast.unparse(node))


def _optional(left: Type, right: Type, text: str) -> Type:
    if right.name == NONE and left.name != NONE:
        return Type(OPTIONAL, (left,))
    if left.name == NONE and right.name != NONE:
        return Type(OPTIONAL, (right,))
    return Type(UNKNOWN, text=text)


def is_known(kind: Type) -> bool:
    return all(t.name != UNKNOWN for t in kind.walk())
