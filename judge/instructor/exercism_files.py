"""The files of one Exercism exercise folder: stub, example solution, tests, helpers, instructions.

Names come from the exercise's .meta/config.json (`files.solution`,
`files.test`, `files.example`), else from the track's conventions
(`leap.py`, `leap_test.py`, `.meta/example.py` for `leap`).  Anything
missing or unreadable is a `Skip` with a one-line reason.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class Skip(Exception):
    """An exercise that cannot be imported; the message is the one-line reason."""


@dataclass(frozen=True)
class ExerciseFiles:
    folder: Path
    module: str  # the solution's module name: tests import it
    stub: str
    example: str
    tests: dict[str, str]  # file name in the problem's tests/ -> text (test files renamed test_*.py)
    instructions: str
    append: str  # .docs/instructions.append.md, or ""


def read_exercise(folder: Path) -> ExerciseFiles:
    names = _file_names(folder)
    solution = _one(names, "solution", f"{folder.name.replace('-', '_')}.py")
    module = Path(solution).stem
    if not module.isidentifier():
        raise Skip(f"the solution file {solution} is not a Python module name")
    stub = read_python(folder / solution)
    example = read_python(folder / _one(names, "example", ".meta/example.py"))
    tests = _tests(folder, names.get("test") or [f"{module}_test.py"], module)
    docs = folder / ".docs"
    instructions = read_text(docs / "instructions.md")
    append = read_text(docs / "instructions.append.md") if (docs / "instructions.append.md").is_file() else ""
    return ExerciseFiles(folder, module, stub, example, tests, instructions, append)


def _file_names(folder: Path) -> dict[str, list[str]]:
    """`files` of .meta/config.json: {"solution": [...], "test": [...], "example": [...]}."""
    config = folder / ".meta" / "config.json"
    if not config.is_file():
        return {}
    try:
        data: Any = json.loads(config.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Skip(f".meta/config.json is not valid JSON ({exc})") from None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return {}
    return {key: [v for v in value if isinstance(v, str)] for key, value in files.items() if isinstance(value, list)}


def _one(names: dict[str, list[str]], key: str, default: str) -> str:
    found = [name for name in names.get(key, []) if name.endswith(".py")]
    if len(found) > 1:
        raise Skip(f".meta/config.json lists {len(found)} {key} files ({', '.join(found)}): one is supported")
    return found[0] if found else default


def _tests(folder: Path, listed: list[str], module: str) -> dict[str, str]:
    """The test files, renamed `test_<name>.py` so the judge collects them, and
    the helper modules they import from the exercise folder, under their own names."""
    tests: dict[str, str] = {}
    for name in listed:
        path = folder / name
        text = read_python(path)
        if path.stem.endswith("_test"):
            tests[f"test_{path.stem.removesuffix('_test')}.py"] = text
        else:
            tests[path.name] = text  # a helper listed with the tests (test_utils.py)
    if not any(name.startswith("test_") and name not in _helper_names(listed) for name in tests):
        raise Skip(f"no test file (*_test.py) among {', '.join(listed)}")
    for helper in sorted(_imported_neighbours(folder, tests, module)):
        tests.setdefault(f"{helper}.py", read_python(folder / f"{helper}.py"))
    return tests


def _helper_names(listed: list[str]) -> set[str]:
    return {Path(name).name for name in listed if not Path(name).stem.endswith("_test")}


def _imported_neighbours(folder: Path, tests: dict[str, str], module: str) -> set[str]:
    """Modules the tests import that are files of the exercise folder (other than the solution)."""
    found: set[str] = set()
    for text in tests.values():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return {name for name in found if name != module and (folder / f"{name}.py").is_file()}


def read_text(path: Path) -> str:
    if not path.is_file():
        raise Skip(f"{_shown(path)} is missing")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise Skip(f"{_shown(path)} is not UTF-8 text") from None


def read_python(path: Path) -> str:
    text = read_text(path)
    try:
        ast.parse(text, filename=path.name)
    except SyntaxError as exc:
        raise Skip(f"{_shown(path)} does not parse: {exc.msg} (line {exc.lineno})") from None
    return text


def _shown(path: Path) -> str:
    """The path inside the exercise folder: `.meta/example.py`, `leap_test.py`."""
    parts = path.parts
    return "/".join(parts[-2:]) if len(parts) > 1 and parts[-2] in (".meta", ".docs") else path.name
