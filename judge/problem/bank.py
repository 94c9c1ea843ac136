"""The bank: a folder of problem folders, listed and looked up by slug."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from judge.errors import ProblemFormatError, UsageError
from judge.problem.loader import load_problem
from judge.problem.model import Problem


@dataclass(frozen=True)
class Bank:
    root: Path

    def slugs(self) -> list[str]:
        if not self.root.is_dir():
            raise UsageError(f"problem bank {self.root} is not a folder")
        return sorted(p.name for p in self.root.iterdir() if (p / "problem.toml").is_file())

    def problems(self) -> list[Problem]:
        return [load_problem(self.root / slug) for slug in self.slugs()]

    def scan(self) -> BankScan:
        """Every problem that loads, and the errors of those that do not:
        one broken folder must not hide the rest of the bank."""
        scan = BankScan()
        for slug in self.slugs():
            try:
                scan.problems.append(load_problem(self.root / slug))
            except ProblemFormatError as error:
                scan.broken.append(error)
        return scan


@dataclass
class BankScan:
    problems: list[Problem] = field(default_factory=list)
    broken: list[ProblemFormatError] = field(default_factory=list)


def resolve(name: str, bank: Bank) -> Problem:
    """A problem by slug in the bank, or by the path of its folder."""
    path = Path(name)
    if (path / "problem.toml").is_file():
        return load_problem(path.resolve())
    slugs = bank.slugs()
    if name in slugs:
        return load_problem(bank.root / name)
    close = difflib.get_close_matches(name, slugs, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else "; `judge list` shows the bank"
    raise UsageError(f"unknown problem '{name}'{hint}")
