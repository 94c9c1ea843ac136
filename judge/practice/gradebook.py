"""The gradebook: one CSV row per repo, a verdict and a score column per problem."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from judge.practice.journal import Entry
from judge.reporters.files import write_atomically


def gradebook_csv(repos: Sequence[str], entries: dict[str, Entry]) -> str:
    """Rows in `repos` order; problems are every problem any repo has, by slug."""
    problems = sorted({o.problem for e in entries.values() if e.result for o in e.result.outcomes})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["repo", "status", "passed", "score", *(f"{slug} {column}" for slug in problems for column in ("verdict", "score"))])
    for name in repos:
        entry = entries.get(name)
        if entry is None or entry.result is None:
            writer.writerow([name, entry.status if entry else "not graded", "", "", *([""] * 2 * len(problems))])
            continue
        result = entry.result
        cells = {o.problem: [o.label, f"{o.score:.4f}"] for o in result.outcomes}
        writer.writerow(
            [
                name,
                entry.status,
                "yes" if result.passed else "no",
                f"{result.score:.4f}",
                *(c for slug in problems for c in cells.get(slug, ["", ""])),
            ]
        )
    return out.getvalue()


def write_gradebook(path: Path, repos: Sequence[str], entries: dict[str, Entry]) -> None:
    write_atomically(path, gradebook_csv(repos, entries))
