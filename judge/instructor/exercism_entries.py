"""The [[entry]] tables of an imported exercise: the functions and classes its tests use.

Read from source, never run: the names the tests take from the solution's
module (`from leap import leap_year`, or `yacht.score` after `import yacht`)
that the example solution defines as a function or class, in the example's
order; failing that, what the stub and the example both define.  A class
entry's methods are the stub's public methods (the example's when the stub
lacks the class) that the example's class defines too.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

Definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


@dataclass(frozen=True)
class EntrySpec:
    """One [[entry]]: `function = "..."`, or `class = "..."` with `methods`."""

    kind: str  # "function" | "class"
    signature: str
    methods: tuple[str, ...] = ()


def entries(stub: str, example: str, tests: list[str], module: str) -> list[EntrySpec]:
    example_defs = _definitions(ast.parse(example))
    stub_defs = _definitions(ast.parse(stub))
    used = set().union(*(_names_used_from(ast.parse(text), module) for text in tests))
    wanted = [name for name in example_defs if name in used] or [name for name in example_defs if name in stub_defs]
    return [_entry(example_defs[name], stub_defs.get(name)) for name in wanted]


def _definitions(tree: ast.Module) -> dict[str, Definition]:
    found: dict[str, Definition] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and not node.name.startswith("_"):
            found[node.name] = node
    return found


def _names_used_from(tree: ast.Module, module: str) -> set[str]:
    aliases = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
        if alias.name == module
    }
    used: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == module and node.level == 0:
            used.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
            used.add(node.attr)
    return used


def _entry(example: Definition, stub: Definition | None) -> EntrySpec:
    if isinstance(example, ast.ClassDef):
        ours = _methods(example)
        shown = _methods(stub if isinstance(stub, ast.ClassDef) else example)
        names = [name for name in shown if _public(name) and name in ours and _callable(ours[name])]
        init = shown.get("__init__") or ours.get("__init__")
        constructor = _signature(example.name, init, drop_self=True) if init is not None else f"{example.name}()"
        return EntrySpec("class", constructor, tuple(_signature(name, shown[name]) for name in names))
    source = stub if isinstance(stub, (ast.FunctionDef, ast.AsyncFunctionDef)) else example
    return EntrySpec("function", _signature(example.name, source))


def _methods(cls: ast.ClassDef) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    return {node.name: node for node in cls.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}


def _public(name: str) -> bool:
    return not name.startswith("_")


def _callable(method: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """A property (or its setter) is read as an attribute, not called: not a method entry."""
    for decorator in method.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Name) and target.id in ("property", "cached_property"):
            return False
        if isinstance(target, ast.Attribute) and target.attr in ("setter", "getter", "deleter", "cached_property"):
            return False
    return True


def _signature(name: str, node: Definition | None, drop_self: bool = False) -> str:
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return f"{name}()"
    args = node.args
    if drop_self and (args.posonlyargs or args.args):
        args = _without_first(args)
    returns = f" -> {ast.unparse(node.returns)}" if node.returns is not None else ""
    return f"{name}({ast.unparse(args)}){returns}"


def _without_first(args: ast.arguments) -> ast.arguments:
    """The arguments after `self`; defaults stay aligned with the last parameters."""
    posonly, plain = list(args.posonlyargs), list(args.args)
    if posonly:
        posonly = posonly[1:]
    else:
        plain = plain[1:]
    kept = len(posonly) + len(plain)
    defaults = args.defaults[-kept:] if kept and args.defaults else []
    return ast.arguments(posonly, plain, args.vararg, args.kwonlyargs, args.kw_defaults, args.kwarg, defaults)
