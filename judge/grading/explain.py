"""A failed assertion told in the test's own terms.

pytest explains `assert cache.get(2) == -1` as `assert 2 == -1 / + where 2 =
<submission's lru_cache.get>(2)`: the values are right but the test's line and
its names are lost behind the proxy.  Here the message starts from the test's
statement as written, then says what each side was:

    test_lru.py, line 10: assert cache.get(2) == -1
    cache.get(2) returned 2; expected -1

followed by whatever else pytest found (which index differs, which items are
extra), and the values of the test's own variables the statement uses.
"""

from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from judge.display import show
from judge.grading.opaque import is_opaque, why
from judge.grading.trace import Trace
from judge.protocol import ListNode, TreeNode

# Values a test variable may show: data, never a proxy (whose repr is a label) or a function.
PLAIN = (int, float, complex, str, bytes, bool, type(None), list, tuple, dict, set, frozenset, TreeNode, ListNode)
MAX_VARIABLES = 6
STATEMENT_CAP = 300


@dataclass(frozen=True)
class Compared:
    """The two sides of the comparison that failed, as pytest's assertrepr hook saw them."""

    op: str
    left: Any
    right: Any


def explain(
    excinfo: pytest.ExceptionInfo[BaseException], test_file: Path, compared: Compared | None, pytest_text: str, trace: Trace | None = None
) -> str | None:
    """The message for a failed assertion in `test_file`, or None to keep pytest's own; `trace`, the case's
    calls, restates the call and its values in the submission's language (the test is Python)."""
    entry = next((e for e in reversed(excinfo.traceback) if Path(str(e.path)) == test_file), None)
    if entry is None:
        return None
    try:
        statement = textwrap.dedent(str(entry.statement)).strip()
        tree = ast.parse(statement)
    except (SyntaxError, ValueError, IndexError):
        return None
    node = tree.body[0] if len(tree.body) == 1 else None
    if not isinstance(node, ast.Assert):
        return None
    lines = [f"{test_file.name}, line {entry.lineno + 1}: {clip(statement.splitlines()[0])}"]
    sides = describe_sides(statement, node.test, compared, trace)
    if sides:
        lines.append(sides)
    lines += pytest_details(pytest_text)
    variables = describe_variables(node, entry.locals)
    if variables:
        lines.append(f"with {variables}")
    lines += no_value_note(node, entry.locals, compared)
    return "\n".join(lines)


def no_value_note(node: ast.Assert, local_values: dict[str, Any], compared: Compared | None) -> list[str]:
    """Why an answer the judge could not carry (a generator, an object of the
    submission's own) fails: the compared side first, else a variable the statement reads."""
    if compared is not None and is_opaque(compared.left):
        return [why(compared.left, compared.right)]
    names = [n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]
    shown = next((local_values[name] for name in names if is_opaque(local_values.get(name))), None)
    return [why(shown)] if shown is not None else []


def describe_sides(statement: str, test: ast.expr, compared: Compared | None, trace: Trace | None = None) -> str:
    """`cache.get(2) returned 2; expected -1` for `assert cache.get(2) == -1`; in Java,
    `lruCache.get(2) returned 2; expected -1` (the call as the trace wrote it)."""
    if compared is None or not isinstance(test, ast.Compare) or len(test.ops) != 1 or compared.op != "==":
        return ""
    if not isinstance(test.ops[0], ast.Eq):
        return ""
    left = ast.get_source_segment(statement, test.left) or ""
    verb = "returned" if isinstance(test.left, ast.Call) else "is"
    if trace is None or not trace.notation.restates_calls:
        return f"{clip(left)} {verb} {show(compared.left)}; expected {show(compared.right)}"
    call = trace.answering(compared.left)
    kind = call.returns if call is not None else None
    left, verb = (call.text, "returned") if call is not None else (left, verb)
    actual, expected = (trace.notation.value(v, kind, result=True) for v in (compared.left, compared.right))
    return f"{clip(left)} {verb} {actual}; expected {expected}"


def pytest_details(text: str) -> list[str]:
    """pytest's explanation less what the lines above say better: its first
    line (the assertion with values substituted) and its `where` lines (the
    proxy's names)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return [line.strip() for line in lines[1:] if not line.lstrip().startswith("+")]


def describe_variables(node: ast.Assert, local_values: dict[str, Any]) -> str:
    """`key = 2, want = -1`: the test's own variables that the statement reads and that hold data."""
    read = sorted(
        (n for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)), key=lambda n: (n.lineno, n.col_offset)
    )
    names = dict.fromkeys(n.id for n in read)  # in the order the statement reads them
    shown = [f"{name} = {show(local_values[name])}" for name in names if name in local_values and shown_as_data(local_values[name])]
    return ", ".join(shown[:MAX_VARIABLES])


def shown_as_data(value: Any) -> bool:
    """Data, or an answer that is no value (shown as its repr from the sandbox); never a proxy's label or a function."""
    return isinstance(value, PLAIN) or is_opaque(value)


def clip(text: str) -> str:
    return text if len(text) <= STATEMENT_CAP else text[: STATEMENT_CAP - 3] + "..."
