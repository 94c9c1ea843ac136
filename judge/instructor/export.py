"""`judge export --public DIR`: what candidates may see of a bank.

Each problem keeps its statement, starter and visible tests, and a
problem.toml whose [cases] still give the hidden cases' categories and
points; hidden/, reference/, wrong/ and generator.py stay behind, and so
does [ladder] (it needs the generator).  `judge test` works on the copy;
`judge submit` says the hidden tests are not there.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from judge.errors import ProblemFormatError, UsageError
from judge.problem import Bank, Problem, load_problem

PRIVATE = {"hidden", "reference", "wrong", "generator.py", "__pycache__", ".pytest_cache", ".hypothesis"}
_TABLE_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-]+)\s*\]\]?\s*(#.*)?$")


def export_public(bank: Bank, target: Path) -> tuple[list[Problem], list[ProblemFormatError]]:
    """Copy every loadable problem's public part under `target`; the broken ones are returned, not copied."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"{target} exists and is not an empty folder: `judge export` does not overwrite")
    scan = bank.scan()
    for problem in scan.problems:
        export_problem(problem, target / problem.slug)
    return scan.problems, scan.broken


def export_problem(problem: Problem, destination: Path) -> None:
    shutil.copytree(problem.root, destination, ignore=lambda folder, names: [n for n in names if _private(problem, Path(folder), n)])
    toml = destination / "problem.toml"
    toml.write_text(without_table(toml.read_text(encoding="utf-8"), "ladder"), encoding="utf-8")
    load_problem(destination)  # the copy must load as a public pack: a format error here is the exporter's to report


def _private(problem: Problem, folder: Path, name: str) -> bool:
    """What stays behind; for an io problem also its secret data and the submissions waiting for a runner."""
    if name in PRIVATE:
        return True
    return problem.kind == "io" and (folder, name) in ((problem.root / "data", "secret"), (problem.root, "waiting"))


def without_table(text: str, name: str) -> str:
    """`text` without the [name] table (its header to the next header), every other line kept."""
    kept: list[str] = []
    inside = False
    for line in text.splitlines(keepends=True):
        header = _TABLE_HEADER.match(line)
        if header:
            inside = header.group(1) == name or header.group(1).startswith(f"{name}.")
        if not inside:
            kept.append(line)
    return "".join(kept)
