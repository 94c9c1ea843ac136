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
from typing import cast

MAX_METHODS = 3
MAX_LINES = 6  # a test longer than this is no longer an example
MAX_SHOWN = 120  # characters of an expected value shown as output; longer ones are compared with ==
EQUALITY = ("assertEqual", "assertIs", "assertMultiLineEqual", "assertListEqual", "assertTupleEqual", "assertDictEqual", "assertSetEqual")
TRUTH = ("assertTrue", "assertFalse")
SET_UP = ("setUp", "setUpClass", "asyncSetUp")
# Values whose repr is the same for every equal value: shown as the output itself.
PLAIN_TYPES = (str, bool, type(None))  # not int: an int-valued test may accept 800.0


def examples(test_sources: list[str], example_source: str, module: str) -> list[str]:
    """Doctest lines from the first MAX_METHODS tests that convert."""
    example = ast.parse(example_source)
    defined = _top_level_names(example) | set(dir(builtins))
    subclassed = _bases(example)
    found: list[str] = []
    methods = 0
    for source in test_sources:
        tree = ast.parse(source)
        # The test module's own names (helpers, `import yacht`) mean something
        # else than the example's: only those it takes from the solution's module stay.
        known = (defined - _top_level_names(tree)) | _imported_from(tree, module) | _same_imports(tree, example)
        unqualify = _Unqualify(_module_aliases(tree, module))
        for method in _test_methods(tree):
            lines = _convert(unqualify.visit(method), known, subclassed)
            if lines:
                found += lines
                methods += 1
            if methods == MAX_METHODS:
                return found
    return found


def _test_methods(tree: ast.Module) -> Iterator[ast.FunctionDef]:
    """Test methods that run as they read: none of a class with set-up or a
    decorator (grep's tests patch `open` for the whole class), none decorated."""
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.decorator_list:
            continue
        methods = [f for f in node.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))]
        if any(f.name in SET_UP for f in methods):
            continue
        yield from (f for f in methods if isinstance(f, ast.FunctionDef) and f.name.startswith("test") and not f.decorator_list)


def _imported_from(tree: ast.Module, module: str) -> set[str]:
    imports = [node for node in tree.body if isinstance(node, ast.ImportFrom) and node.module == module and node.level == 0]
    return {alias.asname or alias.name for node in imports for alias in node.names if not alias.asname}


def _same_imports(tree: ast.Module, example: ast.Module) -> set[str]:
    """Names the test and the example import alike (`from datetime import datetime`): the same object."""
    ours = _imports(example)
    return {name for name, origin in _imports(tree).items() if ours.get(name) == origin}


def _imports(tree: ast.Module) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            found.update({alias.asname or alias.name: (node.module or "", alias.name) for alias in node.names})
        elif isinstance(node, ast.Import):
            found.update({alias.asname or alias.name.split(".")[0]: (alias.name, "") for alias in node.names})
    return found


def _module_aliases(tree: ast.Module, module: str) -> set[str]:
    imports = [node for node in tree.body if isinstance(node, ast.Import)]
    return {alias.asname or alias.name for node in imports for alias in node.names if alias.name == module}


class _Unqualify(ast.NodeTransformer):
    """`yacht.score(...)` after `import yacht` reads `score(...)`: the example
    runs among the module's own names."""

    def __init__(self, aliases: set[str]):
        self.aliases = aliases

    def visit_Attribute(self, node: ast.Attribute) -> ast.expr:
        if isinstance(node.value, ast.Name) and node.value.id in self.aliases:
            return ast.copy_location(ast.Name(node.attr, ast.Load()), node)
        return cast(ast.expr, self.generic_visit(node))


def _bases(tree: ast.Module) -> set[str]:
    """The names the example's classes derive from (`BufferError` for its BufferEmptyException)."""
    classes = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    return {ast.unparse(base).rsplit(".", 1)[-1] for node in classes for base in node.bases}


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


def _convert(method: ast.FunctionDef, known: set[str], subclassed: set[str]) -> list[str]:
    """The method as doctest lines, or [] if any statement is not plain."""
    bound = set(known)
    literals: dict[str, object] = {}
    raised: dict[str, list[str]] = {}  # `as err` of an assertRaises -> its example lines, waiting for the message
    lines: list[str] = []
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
        elif isinstance(statement, ast.With):
            expectation = _raises(statement, bound, subclassed)
            if expectation is None:
                return []
            raised[expectation[0]] = expectation[1]
        else:
            converted = _message(statement, raised)
            converted = _assertion(statement, bound, literals) if converted is None else converted
            if converted is None:
                return []
            lines += converted
    # an assertRaises whose message the test never checks is left out: doctest would need it
    complete = not raised and any(not line.startswith(">>> ") for line in lines)  # at least one output: an assertion
    return lines if complete and len(lines) <= MAX_LINES else []


def _self_call(node: ast.AST | None, names: tuple[str, ...]) -> ast.Call | None:
    """`self.<one of names>(...)` with only a `msg=` keyword, or None."""
    if not isinstance(node, ast.Call) or any(k.arg != "msg" for k in node.keywords):
        return None
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self" and func.attr in names:
        return node
    return None


def _raises(statement: ast.With, bound: set[str], subclassed: set[str]) -> tuple[str, list[str]] | None:
    """`with self.assertRaises(ValueError) as err: call(...)` -> ("err", lines without the message)."""
    if len(statement.items) != 1 or len(statement.body) != 1:
        return None
    item, body = statement.items[0], statement.body[0]
    check = _self_call(item.context_expr, ("assertRaises",))
    if check is None or len(check.args) != 1 or not isinstance(item.optional_vars, ast.Name):
        return None
    kind = check.args[0]
    builtin = isinstance(kind, ast.Name) and isinstance(getattr(builtins, kind.id, None), type) and kind.id not in subclassed
    if not builtin or not isinstance(body, ast.Expr) or not _names(body.value) <= bound:
        return None  # the example's own class (or subclass) would show with its module's name in the traceback
    assert isinstance(kind, ast.Name)
    return item.optional_vars.id, [f">>> {ast.unparse(body.value)}", "Traceback (most recent call last):", "    ...", kind.id]


def _message(statement: ast.stmt, raised: dict[str, list[str]]) -> list[str] | None:
    """`self.assertEqual(err.exception.args[0], "message")` completes err's traceback example."""
    call = _self_call(getattr(statement, "value", None), EQUALITY)
    if call is None or len(call.args) != 2:
        return None
    actual, expected = call.args
    text = ast.unparse(actual)
    if any(text == f"type({n}.exception)" for n in raised):
        return []  # the traceback's last line names the type
    name = next((n for n in raised if text in (f"{n}.exception.args[0]", f"str({n}.exception)")), None)
    message = _literal(expected)
    if name is None or not isinstance(message, str) or "\n" in message:
        return None
    lines = raised.pop(name)
    lines[-1] = f"{lines[-1]}: {message}"
    return lines


def _assertion(statement: ast.stmt, bound: set[str], literals: dict[str, object]) -> list[str] | None:
    call = _self_call(getattr(statement, "value", None), EQUALITY + TRUTH + ("assertCountEqual",))
    if call is None or not call.args or not _names(call.args[0]) <= bound:
        return None
    actual = ast.unparse(call.args[0])
    assert isinstance(call.func, ast.Attribute)
    if call.func.attr in TRUTH:
        return [f">>> bool({actual})", str(call.func.attr == "assertTrue")] if len(call.args) == 1 else None
    if len(call.args) != 2:
        return None
    expected_node = call.args[1]
    expected = literals.get(expected_node.id, _NOT_LITERAL) if isinstance(expected_node, ast.Name) else _literal(expected_node)
    if expected is _NOT_LITERAL:
        # `assertEqual(add(moment), datetime(2043, 1, 1))`: an expression of known names, compared
        plain_equality = call.func.attr in EQUALITY and call.func.attr != "assertIs"
        return [f">>> {actual} == {ast.unparse(expected_node)}", "True"] if plain_equality and _names(expected_node) <= bound else None
    if call.func.attr == "assertCountEqual":
        return _same_items(actual, expected)
    if expected is None:  # doctest shows nothing for None
        return [f">>> {actual} is None", "True"]
    shown = repr(expected)
    if _plain(expected) and len(shown) <= MAX_SHOWN:
        return [f">>> {actual}", shown]
    return [f">>> {actual} == {ast.unparse(expected_node)}", "True"]


def _same_items(actual: str, expected: object) -> list[str] | None:
    """assertCountEqual: the same items in any order, shown sorted."""
    if not isinstance(expected, (list, tuple)) or not _plain(list(expected)):
        return None
    try:
        shown = repr(sorted(expected))
    except TypeError:
        return None
    return [f">>> sorted({actual})", shown] if len(shown) <= MAX_SHOWN else None


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
