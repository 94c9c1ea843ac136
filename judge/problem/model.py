"""The problem model: plain, frozen data read from a problem folder."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from judge.verdicts import Verdict

if TYPE_CHECKING:
    from judge.results import CaseResult

DIFFICULTIES = ("easy", "medium", "hard")
# How Gradescope shows a hidden case's entry (its category and verdict, never its data).
HIDDEN_VISIBILITIES = ("after_due_date", "after_published", "hidden")


@dataclass(frozen=True)
class Signature:
    """One typed signature: `two_sum(nums: list[int], target: int) -> list[int]`."""

    name: str
    signature: str
    params: tuple[str, ...]
    returns: str | None


@dataclass(frozen=True)
class Entry:
    """An entry point the submission must define: a function or a class."""

    kind: str  # "function" | "class"
    callable: Signature
    methods: tuple[Signature, ...] = ()

    @property
    def name(self) -> str:
        return self.callable.name

    def to_wire(self) -> dict[str, object]:
        return {"name": self.name, "kind": self.kind, "methods": [m.name for m in self.methods]}


@dataclass(frozen=True)
class Limits:
    time: float = 2.0  # CPU seconds per call
    wall: float = 0.0  # wall seconds per call; 0 means derived from `time`
    memory: int = 256  # MiB
    output: int = 1024  # KiB the submission may print per runner

    @property
    def wall_seconds(self) -> float:
        return self.wall if self.wall > 0 else 2 * self.time + 1.0


@dataclass(frozen=True)
class CaseInfo:
    category: str = ""
    points: float = 1.0


@dataclass(frozen=True)
class Ladder:
    """How to measure growth: which entry, over which sizes (inputs from generator.py)."""

    entry: str
    min_n: int = 16
    max_n: int = 1_000_000
    replay: bool = False  # a class entry: make_input gives (constructor args, [(method, args), ...])


@dataclass(frozen=True)
class WrongSolution:
    path: Path
    verdict: Verdict
    fails: tuple[str, ...] = ()  # cases that must fail, from a `# fails:` line
    growth: str | None = None  # the complexity hint it must get, from a `# complexity:` line

    def settled(self, cases: Sequence[CaseResult]) -> bool:
        """Whether its grading may stop after these cases, the check's answer
        known: it must time out and a case did (only CE and IE outrank TLE: a
        build that ran cases is done, and the judge's own faults are proved
        by the reference's grading), and every case it must fail has failed.
        A deadlocked case waits out its whole wall limit: the rest of a
        deadlocking solution's cases would be most of its validation."""
        if self.verdict is not Verdict.TLE or not any(case.verdict is Verdict.TLE for case in cases):
            return False
        return not self.unfailed(cases)

    def unfailed(self, cases: Sequence[CaseResult]) -> list[str]:
        """The cases its `# fails:` line names that these hidden cases did not fail (or did not run)."""
        failed = {case.name.split("[", 1)[0] for case in cases if case.visibility == "hidden" and case.verdict is not Verdict.AC}
        return [name for name in self.fails if name not in failed]


@dataclass(frozen=True)
class OutputCheck:
    """How an io problem's output is compared with the answer, when no checker.py says."""

    float_tolerance: float | None = None  # numbers within this, absolute or relative; None: tokens alike
    case_sensitive: bool = True
    validator: str | None = None  # a Kattis output validator program: its folder, relative to the problem


@dataclass(frozen=True)
class Problem:
    slug: str
    root: Path
    title: str
    difficulty: str
    topics: tuple[str, ...]
    entries: tuple[Entry, ...]
    module: str = "solution"
    limits: Limits = field(default_factory=Limits)
    complexity: str | None = None
    cases: dict[str, CaseInfo] = field(default_factory=dict)
    max_examples: int = 100
    ladder: Ladder | None = None
    hidden_visibility: str = "after_due_date"  # [grading] hidden_visibility
    kind: str = "function"  # "function": tests call entry points; "io": a program, stdin to stdout
    output_check: OutputCheck = field(default_factory=OutputCheck)  # [checker], io problems

    @property
    def filename(self) -> str:
        return f"{self.module}.py"

    @property
    def statement(self) -> Path:
        return self.root / "statement.md"

    @property
    def starter(self) -> Path:
        return self.root / "starter" / self.filename

    @property
    def tests_dir(self) -> Path:
        return self.root / "tests"

    @property
    def hidden_dir(self) -> Path:
        return self.root / ("data/secret" if self.kind == "io" else "hidden")

    @property
    def sample_dir(self) -> Path:
        """An io problem's visible cases (its tests_dir is not used)."""
        return self.root / "data" / "sample"

    @property
    def checker(self) -> Path:
        """An io problem's own checker: check(input, expected, output)."""
        return self.root / "checker.py"

    @property
    def reference(self) -> Path:
        return self.root / "reference" / self.filename

    @property
    def generator(self) -> Path:
        return self.root / "generator.py"

    @property
    def has_hidden(self) -> bool:
        return self.hidden_dir.is_dir()

    def case_info(self, name: str, hidden: bool = True) -> CaseInfo:
        """Info for hidden case `test_x[param]`, falling back to `test_x`.
        [cases] describes hidden cases: visible ones show their own data."""
        if not hidden:
            return CaseInfo()
        return self.cases.get(name) or self.cases.get(name.split("[", 1)[0]) or CaseInfo()

    def entry(self, name: str) -> Entry | None:
        return next((e for e in self.entries if e.name == name), None)

    def signature_of(self, name: str, method: str | None = None) -> Signature | None:
        for entry in self.entries:
            if method is None and entry.name == name:
                return entry.callable
            for m in entry.methods:
                if method == m.name and (entry.name == name or not name):
                    return m
        return None
