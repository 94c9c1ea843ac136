"""How reports name and describe cases, the same way in every format.

Hidden cases show their category and verdict, never their data: the message
of a hidden case was written without it (judge.grading.classify), and a
parametrized hidden test's id (`test_x[3-5]`, which is data) is replaced by
its position.  A property test's shrunk counterexample is shown, hidden or
not: finding it is what the judge is for (DESIGN.md §5).
"""

from __future__ import annotations

import re
from collections import Counter

from judge.practice.results import ProblemOutcome, Status
from judge.results import CaseResult, Counterexample, SubmissionResult
from judge.verdicts import Verdict

PARAMS = re.compile(r"\[.*\]$", re.DOTALL)
LINE_IN_MESSAGE = re.compile(r"\bline (\d+)\b")


def case_names(result: SubmissionResult) -> list[str]:
    """One name per case, unique within the result; hidden ids lose their parameters."""
    keys = [(case.visibility, case.name if case.visibility == "visible" else PARAMS.sub("", case.name)) for case in result.cases]
    totals, seen = Counter(keys), Counter[tuple[str, str]]()
    names = []
    for key in keys:
        seen[key] += 1
        names.append(f"{key[1]}[{seen[key]}]" if totals[key] > 1 and key[0] == "hidden" else key[1])
    return names


def case_title(case: CaseResult, name: str) -> str:
    """`test_no_pair` for a visible case, `hidden: test_no_pair (no pair exists)` for a hidden one."""
    if case.visibility == "visible":
        return name
    return f"hidden: {name} ({case.category})" if case.category else f"hidden: {name}"


def case_detail(case: CaseResult) -> str:
    """What went wrong, for a case that is not AC; empty for one that is."""
    if case.verdict is Verdict.AC:
        return ""
    lines = [case.message or case.verdict.value]
    if case.counterexample is not None:
        lines += counterexample_lines(case.counterexample)
    return "\n".join(lines)


def counterexample_lines(ce: Counterexample) -> list[str]:
    lines = ["smallest failing input:", *(f"    {line}" for line in ce.input.splitlines())]
    if ce.expected is not None:
        lines.append(f"expected: {ce.expected}")
    lines.append(f"got:      {ce.actual}")
    return lines


def failures(result: SubmissionResult) -> list[tuple[CaseResult, str]]:
    """The cases that are not AC, with their report names."""
    return [(case, name) for case, name in zip(result.cases, case_names(result), strict=True) if case.verdict is not Verdict.AC]


def describe_ungraded(outcome: ProblemOutcome) -> str:
    """Why a problem has no result: 'unsolved: two-sum/solution.py is still the starter code'."""
    why = "is still the starter code" if outcome.status is Status.UNSOLVED else "is not there"
    return f"{outcome.status.value}: {outcome.path} {why}"


def growth_note(result: SubmissionResult) -> str:
    """The complexity hint `judge submit` prints, when grading measured one."""
    growth = result.extra.get("complexity")
    return str(growth.get("message", "")) if isinstance(growth, dict) else ""


def source_line(result: SubmissionResult) -> int | None:
    """The submission line a CE points at (`solution.py, line 3: SyntaxError ...`)."""
    match = LINE_IN_MESSAGE.search(result.message) if result.verdict is Verdict.CE else None
    return int(match.group(1)) if match else None
