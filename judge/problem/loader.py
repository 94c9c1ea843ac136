"""Reads and validates a problem folder; every error names the file and field."""

from __future__ import annotations

import ast
import math
import tomllib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from judge.errors import ProblemFormatError, ProblemFormatErrors
from judge.problem.io_format import io_errors, output_check
from judge.problem.model import (
    DIFFICULTIES,
    HIDDEN_VISIBILITIES,
    CaseInfo,
    Entry,
    Ladder,
    Limits,
    OutputCheck,
    Problem,
    Signature,
    WrongSolution,
)
from judge.verdicts import Verdict, parse

TOP_KEYS = {
    "title",
    "difficulty",
    "topics",
    "module",
    "complexity",
    "entry",
    "limits",
    "cases",
    "hypothesis",
    "ladder",
    "grading",
    "kind",
    "checker",
}
KINDS = ("function", "io")
LADDER_KEYS = {"entry", "min_n", "max_n"}
LIMIT_KEYS = {"time": float, "wall": float, "memory": int, "output": int}
GROWTH_PREFIX = "# complexity:"
FAILS_PREFIX = "# fails:"
_T = TypeVar("_T")


def load_problem(root: Path) -> Problem:
    """Load `root/problem.toml` and check the folder around it.  Every error
    found is reported in one ProblemFormatError, so a setter fixes a folder in one run."""
    root = root.resolve()
    toml_path = root / "problem.toml"
    data = _read_toml(toml_path)
    where = _Where(toml_path)
    errors = _Errors()
    for key in sorted(set(data) - TOP_KEYS):
        errors.add(where.error(key, f"unknown field (known: {', '.join(sorted(TOP_KEYS))})"))
    kind = errors.attempt(lambda: where.choice(data, "kind", KINDS) if "kind" in data else "function", "function")
    if kind == "io":  # a program: no entry points, no ladder; its cases are data files
        return _load_program_problem(root, data, where, errors)
    if "checker" in data:
        errors.add(where.error("checker", 'only an io problem (kind = "io") has a [checker]'))
    problem = Problem(
        slug=root.name,
        root=root,
        title=errors.attempt(lambda: where.text(data, "title"), root.name),
        difficulty=errors.attempt(lambda: where.choice(data, "difficulty", DIFFICULTIES), DIFFICULTIES[0]),
        topics=tuple(errors.attempt(lambda: where.text_list(data, "topics"), [])),
        entries=errors.attempt(lambda: _entries(where, data.get("entry")), ()),
        module=errors.attempt(lambda: where.identifier(data, "module", default="solution"), "solution"),
        limits=errors.attempt(lambda: _limits(where, data.get("limits", {})), Limits()),
        complexity=errors.attempt(lambda: where.optional_text(data, "complexity"), None),
        cases=errors.attempt(lambda: _cases(where, data.get("cases", {})), {}),
        max_examples=errors.attempt(lambda: _max_examples(where, data.get("hypothesis", {})), 100),
        hidden_visibility=errors.attempt(lambda: _hidden_visibility(where, data.get("grading", {})), "after_due_date"),
    )
    if problem.entries:  # a ladder is checked against the entries: no second error for the same cause
        problem = replace(problem, ladder=errors.attempt(lambda: _ladder(where, data.get("ladder"), problem), None))
    for missing in _missing_files(problem):
        errors.add(missing)
    errors.raise_if_any()
    return problem


def _load_program_problem(root: Path, data: dict[str, Any], where: _Where, errors: _Errors) -> Problem:
    problem = Problem(
        slug=root.name,
        root=root,
        title=errors.attempt(lambda: where.text(data, "title"), root.name),
        difficulty=errors.attempt(lambda: where.choice(data, "difficulty", DIFFICULTIES), DIFFICULTIES[0]),
        topics=tuple(errors.attempt(lambda: where.text_list(data, "topics"), [])),
        entries=(),
        module=errors.attempt(lambda: where.identifier(data, "module", default="solution"), "solution"),
        limits=errors.attempt(lambda: _limits(where, data.get("limits", {})), Limits()),
        complexity=errors.attempt(lambda: where.optional_text(data, "complexity"), None),
        cases=errors.attempt(lambda: _cases(where, data.get("cases", {})), {}),
        hidden_visibility=errors.attempt(lambda: _hidden_visibility(where, data.get("grading", {})), "after_due_date"),
        max_examples=errors.attempt(lambda: _max_examples(where, data.get("hypothesis", {})), 100),  # generated inputs
        kind="io",
        output_check=errors.attempt(lambda: output_check(where.path, data.get("checker", {})), OutputCheck()),
    )
    for key in ("entry", "ladder"):
        if key in data:
            errors.add(where.error(key, "not used by an io problem (a program reads stdin; its cases are data/ files)"))
    for error in io_errors(problem):
        errors.add(error)
    errors.raise_if_any()
    return problem


class _Errors:
    """Collects a folder's errors instead of stopping at the first."""

    def __init__(self) -> None:
        self.found: list[ProblemFormatError] = []

    def add(self, error: ProblemFormatError) -> None:
        self.found.append(error)

    def attempt(self, read: Callable[[], _T], fallback: _T) -> _T:
        try:
            return read()
        except ProblemFormatError as error:
            self.found.append(error)
            return fallback

    def raise_if_any(self) -> None:
        if len(self.found) == 1:
            raise self.found[0]
        if self.found:
            raise ProblemFormatErrors(self.found)


def wrong_solutions(problem: Problem, suffix: str = ".py") -> list[WrongSolution]:
    """`wrong/<VERDICT>/*.py`: the folder names the verdict each file must get."""
    wrong_dir = problem.root / "wrong"
    found: list[WrongSolution] = []
    if not wrong_dir.is_dir():
        return found
    for folder in sorted(p for p in wrong_dir.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
        try:
            verdict = parse(folder.name)
        except ValueError as exc:
            raise ProblemFormatError(folder, str(exc)) from None
        for path in sorted(folder.glob(f"*{suffix}")):  # another language's wrong solutions sit beside: wrong/WA/x.js
            growth = _declared_growth(path)
            if verdict is Verdict.AC and growth != "worse" and problem.kind != "io":
                # Correct but too slow for the statement's bound, which no
                # per-call limit catches (a design problem's O(n) operation).
                raise ProblemFormatError(path, "a solution in wrong/AC/ must say `# complexity: worse` (correct, but slower)")
            found.append(WrongSolution(path, verdict, _declared_failures(path), growth))
    return found


def _declared_growth(path: Path) -> str | None:
    """The complexity hint a wrong solution must get, from a `# complexity: worse` line."""
    for line in _head(path):
        if line.startswith(GROWTH_PREFIX):
            growth = line[len(GROWTH_PREFIX) :].strip()
            if growth not in ("worse", "same"):
                raise ProblemFormatError(path, f"`{GROWTH_PREFIX.strip()}` must be worse or same, not {growth!r}")
            return growth
    return None


def _head(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()[:10]
        return ["#" + line[2:] if line.startswith("//") else line for line in lines]  # `// fails:` in C-like languages
    except UnicodeDecodeError:
        raise ProblemFormatError(path, "not UTF-8 text") from None


def _declared_failures(path: Path) -> tuple[str, ...]:
    for line in _head(path):
        if line.startswith(FAILS_PREFIX):
            return tuple(n.strip() for n in line[len(FAILS_PREFIX) :].split(",") if n.strip())
    return ()


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise ProblemFormatError(path.parent, "not a problem folder: no problem.toml")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ProblemFormatError(path, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProblemFormatError(path, f"invalid TOML: {exc}") from None


class _Where:
    """Field readers that raise with the file and the field's dotted name."""

    def __init__(self, path: Path):
        self.path = path

    def error(self, field: str, message: str) -> ProblemFormatError:
        return ProblemFormatError(self.path, f"field '{field}': {message}")

    def text(self, data: dict[str, Any], key: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, "required, a non-empty string")
        return value.strip()

    def optional_text(self, data: dict[str, Any], key: str) -> str | None:
        return self.text(data, key) if key in data else None

    def choice(self, data: dict[str, Any], key: str, options: tuple[str, ...]) -> str:
        value = self.text(data, key)
        if value not in options:
            raise self.error(key, f"{value!r} is not one of {', '.join(options)}")
        return value

    def text_list(self, data: dict[str, Any], key: str) -> list[str]:
        value = data.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            raise self.error(key, "required, a non-empty list of strings")
        return value

    def identifier(self, data: dict[str, Any], key: str, default: str) -> str:
        value = data.get(key, default)
        if not isinstance(value, str) or not value.isidentifier():
            raise self.error(key, "must be a Python identifier")
        return value

    def positive_int(self, data: Any, key: str, default: int) -> int:
        value = data.get(key.rsplit(".", 1)[-1], default) if isinstance(data, dict) else data
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise self.error(key, "must be a positive integer")
        return value


def _entries(where: _Where, raw: Any) -> tuple[Entry, ...]:
    if not isinstance(raw, list) or not raw:
        raise where.error("entry", "required: one [[entry]] table per function or class")
    entries = []
    for i, table in enumerate(raw):
        field = f"entry[{i}]"
        if not isinstance(table, dict) or len({"function", "class"} & set(table)) != 1:
            raise where.error(field, "needs exactly one of 'function' or 'class'")
        unknown = set(table) - {"function", "class", "methods"}
        if unknown:
            raise where.error(f"{field}.{sorted(unknown)[0]}", "unknown field")
        kind = "function" if "function" in table else "class"
        head = _signature(where, f"{field}.{kind}", table[kind])
        methods = table.get("methods", [])
        if kind == "function" and methods:
            raise where.error(f"{field}.methods", "only a class has methods")
        if not isinstance(methods, list):
            raise where.error(f"{field}.methods", "must be a list of signatures")
        sigs = tuple(_signature(where, f"{field}.methods[{j}]", m) for j, m in enumerate(methods))
        entries.append(Entry(kind, head, sigs))
    return tuple(entries)


def _signature(where: _Where, field: str, text: Any) -> Signature:
    if not isinstance(text, str):
        raise where.error(field, "must be a signature string like 'f(x: int) -> int'")
    try:
        tree = ast.parse(f"def {text.strip()}: pass")
    except SyntaxError:
        raise where.error(field, f"not a valid signature: {text!r}") from None
    func = tree.body[0]
    assert isinstance(func, ast.FunctionDef)
    args = func.args
    names = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
    if names and names[0] == "self":
        names = names[1:]
    returns = ast.unparse(func.returns) if func.returns is not None else None
    return Signature(func.name, text.strip(), tuple(names), returns)


def _max_examples(where: _Where, raw: Any) -> int:
    if not isinstance(raw, dict):
        raise where.error("hypothesis", "must be a table")
    unknown = sorted(set(raw) - {"max_examples"})
    if unknown:
        raise where.error(f"hypothesis.{unknown[0]}", "unknown field (known: max_examples)")
    return where.positive_int(raw, "hypothesis.max_examples", default=100)


def _limits(where: _Where, raw: Any) -> Limits:
    if not isinstance(raw, dict):
        raise where.error("limits", "must be a table")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        kind = LIMIT_KEYS.get(key)
        if kind is None:
            raise where.error(f"limits.{key}", f"unknown limit (known: {', '.join(LIMIT_KEYS)})")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
            raise where.error(f"limits.{key}", "must be a positive number")
        if kind is int and not isinstance(value, int):
            raise where.error(f"limits.{key}", "must be a whole number")
        values[key] = kind(value)
    return Limits(**values)


def _cases(where: _Where, raw: Any) -> dict[str, CaseInfo]:
    if not isinstance(raw, dict):
        raise where.error("cases", "must be a table of [cases.<test name>] tables")
    cases = {}
    for name, table in raw.items():
        field = f"cases.{name}"
        if not isinstance(table, dict) or set(table) - {"category", "points"}:
            raise where.error(field, "a table with 'category' and optional 'points'")
        category = table.get("category", "")
        points = table.get("points", 1)
        if not isinstance(category, str):
            raise where.error(f"{field}.category", "must be a string")
        if isinstance(points, bool) or not isinstance(points, (int, float)) or points < 0:
            raise where.error(f"{field}.points", "must be a number >= 0")
        cases[name] = CaseInfo(category, float(points))
    return cases


def _ladder(where: _Where, raw: Any, problem: Problem) -> Ladder | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) - LADDER_KEYS:
        raise where.error("ladder", f"a table with {', '.join(sorted(LADDER_KEYS))}")
    if problem.complexity is None:
        raise where.error("complexity", "required with [ladder]: the reference's class, like 'O(n log n)'")
    from judge.complexity.classes import parse_label

    per_operation = problem.complexity.endswith(" per operation")
    try:
        parse_label(problem.complexity.removesuffix(" per operation"))
    except ValueError as exc:
        raise where.error("complexity", str(exc)) from None
    names = [e.name for e in problem.entries]
    entry = raw.get("entry", names[0] if names else None)
    if entry not in names:
        raise where.error("ladder.entry", f"must name an entry point ({', '.join(names) or 'none'})")
    replay = next(e.kind for e in problem.entries if e.name == entry) == "class"
    if replay != per_operation:
        # A class is measured over a sequence of operations, a function per call.
        wanted = "a class entry's cost, like 'O(1) per operation'" if replay else "a function's cost, like 'O(n log n)'"
        raise where.error("complexity", f"must be {wanted}")
    min_n = where.positive_int(raw, "ladder.min_n", default=16)
    max_n = where.positive_int(raw, "ladder.max_n", default=1_000_000)
    if max_n <= min_n:
        raise where.error("ladder.max_n", "must be larger than ladder.min_n")
    if not problem.generator.is_file():
        raise ProblemFormatError(problem.generator, "missing: [ladder] needs make_input(n, rng) here")
    return Ladder(str(entry), min_n, max_n, replay)


def _hidden_visibility(where: _Where, raw: Any) -> str:
    if not isinstance(raw, dict):
        raise where.error("grading", "must be a table")
    unknown = sorted(set(raw) - {"hidden_visibility"})
    if unknown:
        raise where.error(f"grading.{unknown[0]}", "unknown field (known: hidden_visibility)")
    value = raw.get("hidden_visibility", "after_due_date")
    if value not in HIDDEN_VISIBILITIES:
        raise where.error("grading.hidden_visibility", f"{value!r} is not one of {', '.join(HIDDEN_VISIBILITIES)}")
    return str(value)


def _missing_files(problem: Problem) -> list[ProblemFormatError]:
    missing = [ProblemFormatError(path, "missing") for path in (problem.statement, problem.starter) if not path.is_file()]
    if not any(problem.tests_dir.glob("test_*.py")):
        missing.append(ProblemFormatError(problem.tests_dir, "missing: no visible test_*.py files"))
    if problem.has_hidden and not problem.reference.is_file():
        missing.append(ProblemFormatError(problem.reference, "missing: hidden tests need the reference solution"))
    return missing
