"""Which solutions a practice repo holds: `judge.toml` if there is one, else the convention.

Convention: a folder named after a problem of the bank, with the problem's
solution file in it (`two-sum/solution.py`), as `judge start` and
`judge init-practice` lay them out.  `judge.toml` names them explicitly:

    [problems]
    two-sum = "two-sum/solution.py"      # slug = path from the repo root

or just lists slugs (`problems = ["two-sum"]`) for the conventional paths.
"""

from __future__ import annotations

import difflib
import tomllib
from pathlib import Path
from typing import Any

from judge.errors import UsageError
from judge.practice.model import Solution
from judge.problem import Bank, load_problem

CONFIG_NAME = "judge.toml"


def find_solutions(repo: Path, bank: Bank) -> tuple[Solution, ...]:
    repo = repo.resolve()
    if not repo.is_dir():
        raise UsageError(f"{repo} is not a folder")
    config = repo / CONFIG_NAME
    wanted = _read_config(config, bank) if config.is_file() else _by_convention(repo, bank)
    if not wanted:
        raise UsageError(f"no solutions in {repo}: expected <problem>/solution.py folders (see `judge list`) or a {CONFIG_NAME}")
    return tuple(_solution(repo, bank, slug, relpath) for slug, relpath in wanted.items())


def _solution(repo: Path, bank: Bank, slug: str, relpath: str | None) -> Solution:
    problem = load_problem(bank.root / slug)
    if not problem.has_hidden:
        raise UsageError(f"problem '{slug}' has no hidden tests in the bank {bank.root} (a public pack?): grade needs the full bank")
    relpath = relpath or f"{slug}/{problem.filename}"
    return Solution(problem, repo / relpath, relpath)


def _by_convention(repo: Path, bank: Bank) -> dict[str, str | None]:
    slugs = set(bank.slugs())
    return {d.name: None for d in sorted(repo.iterdir()) if d.is_dir() and d.name in slugs}


def _read_config(path: Path, bank: Bank) -> dict[str, str | None]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: invalid TOML: {exc}") from None
    unknown = sorted(set(data) - {"problems"})
    if unknown:
        raise _field_error(path, unknown[0], "unknown field (known: problems)")
    raw = data.get("problems")
    if isinstance(raw, list):
        raw = {slug: None for slug in raw} if all(isinstance(s, str) for s in raw) else None
    if not isinstance(raw, dict) or not raw:
        raise _field_error(path, "problems", 'required: a table of slug = "path/to/solution.py", or a list of slugs')
    slugs = bank.slugs()
    return {slug: _checked_path(path, slug, value, slugs) for slug, value in raw.items()}


def _checked_path(config: Path, slug: str, value: Any, slugs: list[str]) -> str | None:
    field = f"problems.{slug}"
    if slug not in slugs:
        close = difflib.get_close_matches(slug, slugs, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else "; `judge list` shows the bank"
        raise _field_error(config, field, f"unknown problem '{slug}'{hint}")
    if value is None:
        return None
    if not isinstance(value, str) or not value.endswith(".py"):
        raise _field_error(config, field, "must be the path of a .py file, from the repo root")
    repo = config.parent
    if Path(value).is_absolute() or not (repo / value).resolve().is_relative_to(repo):
        raise _field_error(config, field, f"{value!r} is outside the repo: give a path from the repo root")
    return Path(value).as_posix()


def _field_error(path: Path, field: str, message: str) -> UsageError:
    return UsageError(f"{path}: field '{field}': {message}")
