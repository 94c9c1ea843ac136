"""What a candidate gets: statement, starter, visible tests, and the hidden
cases by category and points only (their names and data stay hidden)."""

from __future__ import annotations

import ast
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from judge.problem.io_format import data_cases
from judge.problem.model import Problem

RANDOM = "random inputs"  # what a property test without a [cases] category is shown as
UNNAMED = "(no category)"


@dataclass(frozen=True)
class HiddenGroup:
    category: str
    cases: int
    points: float


def hidden_groups(problem: Problem) -> list[HiddenGroup]:
    """Hidden cases grouped by category: from the tests when hidden/ is here, else from [cases] (a public pack)."""
    if problem.kind == "io" and problem.has_hidden:
        return _data_groups(problem)
    if problem.has_hidden:
        found = [(name, is_property) for path in sorted(problem.hidden_dir.glob("test_*.py")) for name, is_property in _tests_in(path)]
    else:
        found = [(name, False) for name in problem.cases]
    cases: Counter[str] = Counter()
    points: dict[str, float] = {}
    for name, is_property in found:
        info = problem.case_info(name)
        category = info.category or (RANDOM if is_property else UNNAMED)
        cases[category] += 1
        points[category] = points.get(category, 0.0) + info.points
    return [HiddenGroup(category, cases[category], points[category]) for category in cases]


def _data_groups(problem: Problem) -> list[HiddenGroup]:
    """An io problem's secret data files, by category."""
    cases: Counter[str] = Counter()
    points: dict[str, float] = {}
    for case in data_cases(problem, hidden=True):
        if case.hidden:
            cases[case.info.category] += 1
            points[case.info.category] = points.get(case.info.category, 0.0) + case.info.points
    return [HiddenGroup(category, cases[category], points[category]) for category in cases]


def _tests_in(path: Path) -> list[tuple[str, bool]]:
    """(test name, is a hypothesis property) for pytest's test functions in a file, without importing it."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError):
        return []
    functions = [node for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]
    for cls in (node for node in tree.body if isinstance(node, ast.ClassDef) and node.name.startswith("Test")):
        functions += [node for node in cls.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]
    return [(f.name, any(_is_given(d) for d in f.decorator_list)) for f in functions if f.name.startswith("test")]


def _is_given(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return (isinstance(target, ast.Name) and target.id == "given") or (isinstance(target, ast.Attribute) and target.attr == "given")
