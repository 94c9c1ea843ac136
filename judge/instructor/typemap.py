"""From a parameter's annotation to code a scaffold starts from: a hypothesis
strategy for the property test, and an expression of size n for the ladder's
generator.  Only plain types are known; anything else gets a placeholder the
setter is told to replace."""

from __future__ import annotations

import ast

SMALL = "st.integers(-100, 100)"
FEW = "st.integers(0, 9)"  # an operation's arguments: the same keys come back
UNKNOWN_STRATEGY = "st.nothing()"
UNKNOWN_VALUE = "None"

_SCALAR_STRATEGIES = {
    "int": SMALL,
    "i64": SMALL,  # a 64-bit int (a count that outgrows int): small inputs still shrink best
    "float": "st.floats(-1e6, 1e6, allow_nan=False)",
    "bool": "st.booleans()",
    "str": 'st.text("abcde", max_size=20)',
}
_SCALAR_VALUES = {
    "int": "rng.randrange(-(10**9), 10**9)",
    "i64": "rng.randrange(-(10**9), 10**9)",
    "float": "rng.uniform(-1e9, 1e9)",
    "bool": "rng.random() < 0.5",
    "str": "rng.choice(string.ascii_lowercase)",
}
_CONTAINERS = {"list": "st.lists", "set": "st.sets", "frozenset": "st.frozensets"}


def parse(annotation: str | None) -> ast.expr | None:
    if not annotation:
        return None
    try:
        return ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return None


def strategy(node: ast.expr | None, ints: str = SMALL) -> str:
    """A small-input strategy: hypothesis shrinks failures from there.  `ints`
    narrows the integers: an operation's keys must repeat for a cache to hit."""
    if isinstance(node, ast.Name):
        return ints if node.id in ("int", "i64") else _SCALAR_STRATEGIES.get(node.id, UNKNOWN_STRATEGY)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if node.value.id in _CONTAINERS and len(args) == 1:
            return f"{_CONTAINERS[node.value.id]}({strategy(args[0], ints)}, max_size=20)"
        if node.value.id == "dict" and len(args) == 2:
            return f"st.dictionaries({strategy(args[0], ints)}, {strategy(args[1], ints)}, max_size=20)"
        if node.value.id == "tuple":
            return f"st.tuples({', '.join(strategy(a, ints) for a in args)})"
    return UNKNOWN_STRATEGY


def sized_value(node: ast.expr | None, n: str = "n") -> str:
    """An input of size `n` for the ladder: the outer container gets n items,
    inner ones a few; a lone int is n itself; a string has n letters."""
    if isinstance(node, ast.Name):
        if node.id in ("int", "i64"):
            return n
        if node.id == "str":
            return f'"".join(rng.choice(string.ascii_lowercase) for _ in range({n}))'
        return _SCALAR_VALUES.get(node.id, UNKNOWN_VALUE)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if node.value.id == "list" and len(args) == 1:
            return f"[{item_value(args[0])} for _ in range({n})]"
        if node.value.id in ("set", "frozenset") and len(args) == 1:
            return f"{node.value.id}({item_value(args[0])} for _ in range({n}))"
    return UNKNOWN_VALUE


def item_value(node: ast.expr | None) -> str:
    """One element of a sized container, or one argument of an operation: scalars random, containers of two."""
    if isinstance(node, ast.Name):
        return _SCALAR_VALUES.get(node.id, UNKNOWN_VALUE)
    return sized_value(node, "2")


def known(node: ast.expr | None) -> bool:
    return strategy(node) != UNKNOWN_STRATEGY and UNKNOWN_STRATEGY not in strategy(node)
