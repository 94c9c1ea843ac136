"""`judge validate`'s checks that only io problems have (the rest are shared)."""

from __future__ import annotations

from judge.instructor.check import Check
from judge.problem.io_format import data_cases
from judge.problem.model import Problem

STATEMENT_CHECK = "statement examples hold"


def sample_statement_check(problem: Problem) -> Check:
    """The statement shows every sample: its input and its answer, as written
    (whitespace aside), so what a candidate reads is what `judge test` runs."""
    statement = _squeezed(problem.statement.read_text(encoding="utf-8"))
    missing = []
    for case in data_cases(problem, hidden=False):
        for path in (case.input, case.answer):
            if _squeezed(path.read_text(encoding="utf-8", errors="replace")) not in statement:
                missing.append(path.relative_to(problem.root).as_posix())
    samples = len(data_cases(problem, hidden=False))
    detail = f"statement.md does not show {', '.join(missing)}" if missing else f"{samples} samples shown"
    return Check(problem.slug, STATEMENT_CHECK, not missing, detail)


def data_case_names_check(problem: Problem) -> Check:
    """Every [cases] key names a secret case (its path under data/secret, or its
    file name) or a subfolder of data/secret."""
    secret = [case for case in data_cases(problem, hidden=True) if case.hidden]
    known = set()
    for case in secret:
        relative = case.input.relative_to(problem.hidden_dir).with_suffix("")
        known |= {relative.as_posix(), relative.name, *relative.parts[:-1]}
    unknown = sorted(set(problem.cases) - known)
    detail = f"no such secret case or folder: {', '.join(unknown)}" if unknown else ""
    return Check(problem.slug, "[cases] name secret data", not unknown, detail)


def _squeezed(text: str) -> str:
    return " ".join(text.split())
