"""What a run over a practice repo grades: trusted-side objects, never sent anywhere."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.problem.model import Problem


@dataclass(frozen=True)
class Solution:
    """One problem of the bank and where the repo keeps its solution."""

    problem: Problem
    path: Path  # absolute
    relpath: str  # from the repo root, with '/' separators: what reports show

    @property
    def slug(self) -> str:
        return self.problem.slug


@dataclass(frozen=True)
class RunPlan:
    """A practice repo and the solutions `judge grade` will judge, in order."""

    repo: Path  # absolute
    solutions: tuple[Solution, ...]
    sandbox: dict[str, Any]
    min_score: float | None = None  # None: every problem must be accepted
    complexity: bool = True  # measure growth against the reference, as `judge submit` does

    @property
    def name(self) -> str:
        return self.repo.name
