"""Statement examples (`>>>` lines) taken from an imported exercise's own tests.

`judge validate` runs a statement's examples against the reference, and
Exercism's instructions have none in Python.  The first few test methods
whose body is only plain assignments and `self.assertEqual(x, literal)` /
`self.assertIs(x, literal)` become examples, e.g.

    self.assertEqual(str(Clock(8, 0)), "08:00")   ->   >>> str(Clock(8, 0))
                                                       '08:00'

A test using any name the example solution does not define at its top level
(a helper of the test file, a mock) is left out, so every example runs with
the reference module's names alone, as `judge validate` runs them.
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterator

MAX_METHODS = 3
MAX_LINES = 6  # a test longer than this is no longer an example
MAX_SHOWN = 120  # characters of an expected value shown as output; longer ones are compared with ==
ASSERTIONS = ("assertEqual", "assertIs")
# Values whose repr is the same for every equal value: shown as the output itself.
PLAIN_TYPES = (int, str, bool, type(None))


def examples(test_sources: list[str], example_source: str) -> list[str]:
    """Doctest lines from the first MAX_METHODS tests that convert."""
    known = _top_level_names(ast.parse(example_source)) | set(dir(builtins))
    found: list[str] = []
    methods = 0
    for method in _test_methods(test_sources):
        lines = _convert(method, known)
        if lines:
            found += lines
            methods += 1
        if methods == MAX_METHODS:
            break
    return found


def _test_methods(sources: list[str]) -> Iterator[ast.FunctionDef]:
    for source in sources:
        for node in ast.parse(source).body:
            if isinstance(node, ast.ClassDef):
                yield from (f for f in node.body if isinstance(f, ast.FunctionDef) and f.name.startswith("test"))


def _top_level_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _convert(method: ast.FunctionDef, known: set[str]) -> list[str]:
    """The method as doctest lines, or [] if any statement is not plain."""
    bound = set(known)
    literals: dict[str, object] = {}
    lines: list[str] = []
    asserted = False
    for statement in method.body:
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            continue  # a docstring
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
            if not _names(statement.value) <= bound:
                return []
            target = statement.targets[0].id
            bound.add(target)
            literal = _literal(statement.value)
            if literal is not _NOT_LITERAL:
                literals[target] = literal
            lines.append(f">>> {target} = {ast.unparse(statement.value)}")
            continue
        converted = _assertion(statement, bound, literals)
        if converted is None:
            return []
        lines += converted
        asserted = True
    return lines if asserted and len(lines) <= MAX_LINES else []


def _assertion(statement: ast.stmt, bound: set[str], literals: dict[str, object]) -> list[str] | None:
    call = statement.value if isinstance(statement, ast.Expr) else None
    if not isinstance(call, ast.Call) or call.keywords or len(call.args) != 2:
        return None
    func = call.func
    if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self" and func.attr in ASSERTIONS):
        return None
    actual, expected_node = call.args
    if not _names(actual) <= bound:
        return None
    expected = literals.get(expected_node.id, _NOT_LITERAL) if isinstance(expected_node, ast.Name) else _literal(expected_node)
    if expected is _NOT_LITERAL:
        return None
    if expected is None:  # doctest shows nothing for None
        return [f">>> {ast.unparse(actual)} is None", "True"]
    shown = repr(expected)
    if _plain(expected) and len(shown) <= MAX_SHOWN:
        return [f">>> {ast.unparse(actual)}", shown]
    return [f">>> {ast.unparse(actual)} == {ast.unparse(expected_node)}", "True"]


_NOT_LITERAL = object()


def _literal(node: ast.expr) -> object:
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return _NOT_LITERAL


def _plain(value: object) -> bool:
    """A value whose repr every equal value shares (no floats, sets or dicts, whose repr may differ)."""
    if isinstance(value, (list, tuple)):
        return all(_plain(item) for item in value)
    return type(value) in PLAIN_TYPES


def _names(node: ast.AST) -> set[str]:
    """Every name the expression reads (a lambda's own parameters included: they are bound inside)."""
    names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    params = {a.arg for n in ast.walk(node) if isinstance(n, ast.Lambda) for a in n.args.args + n.args.kwonlyargs}
    comprehension = {
        n.id for c in ast.walk(node) if isinstance(c, ast.comprehension) for n in ast.walk(c.target) if isinstance(n, ast.Name)
    }
    return names - params - comprehension
