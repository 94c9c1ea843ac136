"""A run as Markdown: the table a GitHub job summary shows, then what failed."""

from __future__ import annotations

import re

from judge.practice.results import ProblemOutcome, RepoResult
from judge.reporters.cases import case_detail, case_title, failures, growth_note
from judge.verdicts import Verdict

MARK = {"AC": "✅", "unsolved": "⬜", "missing": "⬜"}
MAX_FAILURES_SHOWN = 5  # per problem: the summary is read, not searched


def summary_markdown(result: RepoResult) -> str:
    bar = "every problem accepted" if result.min_score is None else f"score ≥ {result.min_score:.0%}"
    head = "✅ passed" if result.passed else "❌ not passed"
    lines = [
        f"## judge: {head} — {result.accepted}/{len(result.outcomes)} accepted, score {result.score:.0%}",
        "",
        f"Pass bar: {bar}. Sandbox: {_cell(str(result.sandbox.get('name', '?')))}.",
        "",
        "| problem | verdict | score | cases | solution | growth |",
        "| --- | --- | ---: | ---: | --- | --- |",
    ]
    lines += [_row(outcome) for outcome in result.outcomes]
    for outcome in result.outcomes:
        lines += _failure_details(outcome)
    return "\n".join(lines) + "\n"


def _row(outcome: ProblemOutcome) -> str:
    result = outcome.result
    verdict = f"{MARK.get(outcome.label, '❌')} {outcome.label}"
    cases = f"{sum(c.verdict is Verdict.AC for c in result.cases)}/{len(result.cases)}" if result and result.cases else "–"
    growth = _cell(growth_note(result)) if result else ""
    return f"| {_cell(outcome.title)} | {verdict} | {outcome.score:.0%} | {cases} | `{_cell(outcome.path)}` | {growth} |"


def _failure_details(outcome: ProblemOutcome) -> list[str]:
    result = outcome.result
    if result is None or result.accepted:
        return []
    blocks = [(result.verdict.name, result.message)] if result.message else []
    blocks += [(f"{case.verdict.name} {case_title(case, name)}", case_detail(case)) for case, name in failures(result)]
    lines = ["", f"<details><summary>{_cell(outcome.problem)}: {result.verdict.name} — {result.verdict.value}</summary>", ""]
    for title, detail in blocks[:MAX_FAILURES_SHOWN]:
        lines += [f"**{_cell(title)}**", "", *_fenced(detail), ""]
    if len(blocks) > MAX_FAILURES_SHOWN:
        lines.append(f"…and {len(blocks) - MAX_FAILURES_SHOWN} more.")
    lines.append("</details>")
    return lines


def _cell(text: str) -> str:
    """Text safe in a table cell or a heading: no pipes, no line breaks, no HTML."""
    return " ".join(text.split()).replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def _fenced(text: str) -> list[str]:
    # A fence longer than any run of backticks inside, so a message cannot close it.
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence + "text", text, fence]
