"""A practice repo's results as plain data: they cross process boundaries with to_json/from_json.

The JSON form is documented in docs/json-schema.md (and docs/schemas/); `schema`
changes only when a field changes meaning or goes away.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from judge.results import SubmissionResult
from judge.verdicts import Verdict

SCHEMA_VERSION = 1
KIND = "repo"


class Status(enum.Enum):
    GRADED = "graded"
    UNSOLVED = "unsolved"  # still the starter code: not graded, scores 0
    MISSING = "missing"  # the solution file is not there


@dataclass(frozen=True)
class ProblemOutcome:
    problem: str  # slug
    title: str
    path: str  # the solution, from the repo root
    status: Status
    result: SubmissionResult | None = None  # set when GRADED

    @property
    def verdict(self) -> Verdict | None:
        return self.result.verdict if self.result is not None else None

    @property
    def label(self) -> str:
        """What a table cell shows: the verdict code, or 'unsolved' / 'missing'."""
        return self.result.verdict.name if self.result is not None else self.status.value

    @property
    def score(self) -> float:
        return self.result.score if self.result is not None else 0.0

    @property
    def accepted(self) -> bool:
        return self.result is not None and self.result.accepted

    def to_json(self) -> dict[str, Any]:
        return {
            "problem": self.problem,
            "title": self.title,
            "path": self.path,
            "status": self.status.value,
            "verdict": self.verdict.name if self.verdict else None,
            "score": self.score,
            "result": self.result.to_json() if self.result is not None else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ProblemOutcome:
        result = data.get("result")
        return cls(
            problem=data["problem"],
            title=data.get("title", data["problem"]),
            path=data["path"],
            status=Status(data["status"]),
            result=SubmissionResult.from_json(result) if result else None,
        )


@dataclass(frozen=True)
class RepoResult:
    repo: str  # the repo folder's name
    outcomes: tuple[ProblemOutcome, ...]
    sandbox: dict[str, Any]
    min_score: float | None = None
    duration: float = 0.0

    @property
    def score(self) -> float:
        """The mean of the problems' scores; unsolved and missing ones count 0."""
        if not self.outcomes:
            return 0.0
        return round(sum(o.score for o in self.outcomes) / len(self.outcomes), 4)

    @property
    def accepted(self) -> int:
        return sum(o.accepted for o in self.outcomes)

    @property
    def passed(self) -> bool:
        if self.min_score is None:
            return bool(self.outcomes) and self.accepted == len(self.outcomes)
        return self.score >= self.min_score

    @property
    def internal_error(self) -> bool:
        return any(o.verdict is Verdict.IE for o in self.outcomes)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "kind": KIND,
            "repo": self.repo,
            "passed": self.passed,
            "score": self.score,
            "min_score": self.min_score,
            "accepted": self.accepted,
            "total": len(self.outcomes),
            "sandbox": self.sandbox,
            "duration": round(self.duration, 3),
            "problems": [o.to_json() for o in self.outcomes],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RepoResult:
        if data.get("kind") != KIND or data.get("schema") != SCHEMA_VERSION:
            raise ValueError(f"not a repo result of schema {SCHEMA_VERSION} (kind {data.get('kind')!r}, schema {data.get('schema')!r})")
        return cls(
            repo=data["repo"],
            outcomes=tuple(ProblemOutcome.from_json(o) for o in data["problems"]),
            sandbox=data["sandbox"],
            min_score=data.get("min_score"),
            duration=float(data.get("duration", 0.0)),
        )
