"""Results as plain data: they cross process boundaries with to_json/from_json."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from judge.verdicts import Verdict

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Counterexample:
    input: str
    expected: str | None
    actual: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Counterexample:
        return cls(str(data["input"]), data.get("expected"), str(data["actual"]))


@dataclass(frozen=True)
class CaseResult:
    name: str
    visibility: str  # "visible" | "hidden"
    category: str
    verdict: Verdict
    message: str
    points: float = 1.0  # what the case is worth
    cpu: float = 0.0  # the most CPU one call used, in seconds
    line: int | None = None  # submission line an exception came from
    counterexample: Counterexample | None = None
    stdout: str = ""  # what a visible case printed (a property test's: during its last example), capped; never a hidden case's

    @property
    def earned(self) -> float:
        return self.points if self.verdict is Verdict.AC else 0.0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["verdict"] = self.verdict.name
        data["counterexample"] = self.counterexample.to_json() if self.counterexample else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CaseResult:
        fields = dict(data)
        fields["verdict"] = Verdict[data["verdict"]]
        ce = data.get("counterexample")
        fields["counterexample"] = Counterexample.from_json(ce) if ce else None
        return cls(**fields)


@dataclass(frozen=True)
class SubmissionResult:
    problem: str
    verdict: Verdict
    sandbox: dict[str, Any]
    cases: tuple[CaseResult, ...] = ()
    message: str = ""  # why, when the verdict is not one of the cases' (CE, IE)
    mode: str = "submit"  # "test": visible cases only
    duration: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def points(self) -> float:
        return sum(c.earned for c in self.cases)

    @property
    def max_points(self) -> float:
        return sum(c.points for c in self.cases)

    @property
    def score(self) -> float:
        if self.verdict is Verdict.AC:
            return 1.0
        return round(self.points / self.max_points, 4) if self.max_points else 0.0

    @property
    def counterexample(self) -> Counterexample | None:
        return next((c.counterexample for c in self.cases if c.counterexample), None)

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.AC

    def to_json(self) -> dict[str, Any]:
        ce = self.counterexample
        return {
            "schema": SCHEMA_VERSION,
            "problem": self.problem,
            "mode": self.mode,
            "verdict": self.verdict.name,
            "score": self.score,
            "points": self.points,
            "max_points": self.max_points,
            "message": self.message,
            "sandbox": self.sandbox,
            "duration": round(self.duration, 3),
            "cases": [c.to_json() for c in self.cases],
            "counterexample": ce.to_json() if ce else None,
            **self.extra,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SubmissionResult:
        known = {
            "schema",
            "problem",
            "mode",
            "verdict",
            "score",
            "points",
            "max_points",
            "message",
            "sandbox",
            "duration",
            "cases",
            "counterexample",
        }
        return cls(
            problem=data["problem"],
            verdict=Verdict[data["verdict"]],
            sandbox=data["sandbox"],
            cases=tuple(CaseResult.from_json(c) for c in data["cases"]),
            message=data.get("message", ""),
            mode=data.get("mode", "submit"),
            duration=float(data.get("duration", 0.0)),
            extra={k: v for k, v in data.items() if k not in known},
        )
