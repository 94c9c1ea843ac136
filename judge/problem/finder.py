"""Finding problems: `judge list --topic ... --difficulty ...`, and what a listing shows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from judge.problem.model import Problem


def topic_matches(query: str, topic: str) -> bool:
    """A topic matches where a word of it starts the query, case-insensitive:
    `hash` and `Hash M` match "hash map", `map` matches it too, `ash` does not."""
    words = query.split()
    if not words:
        return False
    pattern = r"\b" + r"\s+".join(re.escape(word) for word in words)
    return re.search(pattern, topic, re.IGNORECASE) is not None


def select(problems: Iterable[Problem], topics: Iterable[str] = (), difficulties: Iterable[str] = ()) -> list[Problem]:
    """Every given topic must match one of a problem's topics (each narrows the list);
    the difficulties are alternatives (a problem has one)."""
    wanted_topics, wanted_levels = list(topics), set(difficulties)
    return [
        p
        for p in problems
        if all(any(topic_matches(q, t) for t in p.topics) for q in wanted_topics) and (not wanted_levels or p.difficulty in wanted_levels)
    ]


def all_topics(problems: Iterable[Problem]) -> list[str]:
    return sorted({t for p in problems for t in p.topics}, key=str.lower)


def listing(problem: Problem) -> dict[str, Any]:
    """Everything `judge list --format json` says about a problem."""
    return {
        "slug": problem.slug,
        "title": problem.title,
        "difficulty": problem.difficulty,
        "topics": list(problem.topics),
        "complexity": problem.complexity,
        "entries": [entry.callable.signature for entry in problem.entries],
        "module": problem.module,
        "limits": {"time": problem.limits.time, "wall": problem.limits.wall_seconds, "memory": problem.limits.memory},
        "hidden_tests": problem.has_hidden,
        "ladder": problem.ladder is not None,
    }
