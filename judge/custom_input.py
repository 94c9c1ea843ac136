"""The candidate's own input for `judge run`: what to call, parsed from text.

Values are read as JSON or as Python literals (`json`, then
`ast.literal_eval`), never evaluated.  A function problem takes a list of
arguments, `[[2, 7, 11, 15], 9]`.  A class problem takes a sequence of
operations as LeetCode writes them, `["LRUCache","put","get"] [[2],[1,1],[1]]`,
or a list of `[name, args]` pairs; the first operation builds the object.
Arguments whose parameter is a `TreeNode` or `ListNode` may be given as
level-order and value lists, and are built into nodes.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from typing import Any

from judge.errors import UsageError
from judge.problem.model import Entry, Problem, Signature
from judge.testing import linked, tree


@dataclass(frozen=True)
class Call:
    """One call: the entry point (or, after a constructor, a method) and its arguments."""

    name: str
    args: tuple[Any, ...]
    signature: Signature | None


@dataclass(frozen=True)
class Invocation:
    entry: Entry
    calls: tuple[Call, ...]  # a function: one call; a class: the constructor, then methods


def parse_values(text: str) -> list[Any]:
    """One literal, or two side by side (LeetCode's operations and arguments)."""
    text = text.strip()
    whole = _literal(text)
    if whole is not _INVALID:
        return [whole]
    for end in (i + 1 for i, char in enumerate(text) if char in "]}"):
        first, second = _literal(text[:end]), _literal(text[end:])
        if first is not _INVALID and second is not _INVALID:
            return [first, second]
    raise UsageError("--input: not a JSON or Python literal (e.g. '[[2, 7, 11, 15], 9]')")


_INVALID = object()


def _literal(text: str) -> Any:
    if not text.strip():
        return _INVALID
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        return ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return _INVALID


def invocation(problem: Problem, entry: Entry, values: list[Any]) -> Invocation:
    if entry.kind == "class":
        return Invocation(entry, operations(entry, values))
    if len(values) != 1 or not isinstance(values[0], (list, tuple)):
        params = ", ".join(entry.callable.params)
        raise UsageError(
            f"--input for {entry.name}({params}): a list of its arguments, e.g. [{', '.join(['...'] * len(entry.callable.params))}]"
        )
    return Invocation(entry, (bound(entry.callable, entry.name, values[0]),))


def operations(entry: Entry, values: list[Any]) -> tuple[Call, ...]:
    """`["LRUCache","put"] [[2],[1,1]]`, or `[["LRUCache",[2]],["put",[1,1]]]`."""
    if len(values) == 2 and isinstance(values[0], (list, tuple)) and isinstance(values[1], (list, tuple)):
        if len(values[0]) != len(values[1]):
            raise UsageError(f"--input: {len(values[0])} operations but {len(values[1])} argument lists")
        pairs = list(zip(values[0], values[1], strict=True))
    elif len(values) == 1 and isinstance(values[0], (list, tuple)) and all(isinstance(p, (list, tuple)) and len(p) == 2 for p in values[0]):
        pairs = [(p[0], p[1]) for p in values[0]]
    else:
        raise UsageError(f'--input for {entry.name}: operations, e.g. \'["{entry.name}", "method"] [[...], [...]]\'')
    if not pairs or pairs[0][0] != entry.name:
        raise UsageError(f"--input: the first operation must be {entry.name!r}, which builds the object")
    methods = {m.name: m for m in entry.methods}
    calls = [bound(entry.callable, entry.name, pairs[0][1])]
    for name, args in pairs[1:]:
        if name not in methods:
            raise UsageError(f"--input: {entry.name} has no method {name!r} (it has {', '.join(methods) or 'none'})")
        calls.append(bound(methods[name], str(name), args))
    return tuple(calls)


def bound(signature: Signature, name: str, args: Any) -> Call:
    if not isinstance(args, (list, tuple)):
        raise UsageError(f"--input: the arguments of {name} must be a list, not {json.dumps(args)}")
    if len(args) != len(signature.params):
        raise UsageError(f"--input: {name}({', '.join(signature.params)}) takes {len(signature.params)} arguments; {len(args)} given")
    kinds = parameter_types(signature)
    return Call(name, tuple(build(value, kinds.get(param, "")) for param, value in zip(signature.params, args, strict=True)), signature)


def parameter_types(signature: Signature) -> dict[str, str]:
    """Parameter name -> its annotation's text (`root` -> `TreeNode | None`)."""
    function = ast.parse(f"def {signature.signature}: pass").body[0]
    assert isinstance(function, ast.FunctionDef)
    params = function.args.posonlyargs + function.args.args + function.args.kwonlyargs
    return {a.arg: ast.unparse(a.annotation) for a in params if a.annotation is not None}


def build(value: Any, annotation: str) -> Any:
    """A list where a node is wanted becomes the node, as LeetCode's inputs are written."""
    if isinstance(value, list) and "TreeNode" in annotation and "list" not in annotation:
        return tree(value)
    if isinstance(value, list) and "ListNode" in annotation and "list" not in annotation:
        return linked(value)
    return value


def statement_examples(problem: Problem, entry: Entry) -> list[Invocation]:
    """The statement's examples that `judge run --case N` can replay: `>>> f(literals)`
    lines for a function; for a class, a `>>> x = Cls(...)` line and the `>>> x.m(...)` lines after it."""
    lines = [line.strip()[4:] for line in problem.statement.read_text(encoding="utf-8").splitlines() if line.strip().startswith(">>> ")]
    found: list[Invocation] = []
    current: list[Call] = []
    variable = ""
    for line in lines:
        parsed = _example_call(line, entry, variable)
        if parsed is None:
            continue
        call, name = parsed
        if entry.kind == "function":
            found.append(Invocation(entry, (call,)))
        elif call.name == entry.name:
            if current:
                found.append(Invocation(entry, tuple(current)))
            current, variable = [call], name
        elif current:
            current.append(call)
    if current:
        found.append(Invocation(entry, tuple(current)))
    return found


def _example_call(line: str, entry: Entry, variable: str) -> tuple[Call, str] | None:
    try:
        statement = ast.parse(line.split("  #", 1)[0]).body[0]
    except (SyntaxError, IndexError):
        return None
    target = ""
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
        target, node = statement.targets[0].id, statement.value
    elif isinstance(statement, ast.Expr):
        node = statement.value
    else:
        return None
    if not isinstance(node, ast.Call) or node.keywords:
        return None
    try:
        args = [ast.literal_eval(arg) for arg in node.args]
    except ValueError:
        return None
    func = node.func
    signature: Signature | None = None
    if isinstance(func, ast.Name) and func.id == entry.name:
        signature, name = entry.callable, entry.name
    elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == variable and not target:
        signature, name = next((m for m in entry.methods if m.name == func.attr), None), func.attr
    if signature is None:
        return None
    try:
        return bound(signature, name, args), target
    except UsageError:  # not the entry point's arity: not an example to replay
        return None
