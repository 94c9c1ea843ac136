"""Finding problems: topics match words and prefixes in any case, repeated
--topic options all apply, repeated --difficulty options are alternatives, and
an empty result lists the topics that exist."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge.problem.finder import topic_matches
from tests.cli_support import assert_no_traceback, judge


def slugs(bank: Path, *options: str) -> list[str]:
    result = judge("--problems", bank, "list", *options, "--format", "json")
    assert_no_traceback(result, 0)
    return [row["slug"] for row in json.loads(result.stdout)]


@pytest.mark.parametrize(
    ("options", "found"),
    [
        (["--topic", "hash"], ["two-sum"]),  # the case: found nothing before
        (["--topic", "Hash Ma"], ["two-sum"]),
        (["--topic", "map"], ["two-sum"]),
        (["--topic", "arr"], ["two-sum"]),
        (["--topic", "ash"], []),  # inside a word: no
        (["--topic", "hash", "--topic", "math"], []),  # both must match: the second no longer replaces the first
        (["--topic", "hash", "--topic", "arrays"], ["two-sum"]),
        (["--difficulty", "easy", "--difficulty", "medium"], ["add-one", "two-sum"]),
    ],
)
def test_topic_and_difficulty_filters(bank_copy: Path, options: list[str], found: list[str]) -> None:
    assert slugs(bank_copy, *options) == found


def test_no_match_lists_the_topics_that_exist(bank_copy: Path) -> None:
    result = judge("--problems", bank_copy, "list", "--topic", "graphs")
    assert_no_traceback(result, 0)
    assert "no problem matches" in result.output
    assert "topics in this bank: arrays and strings, hash map, math" in result.output


def test_table_shows_difficulty_topics_and_ladder(bank_copy: Path) -> None:
    result = judge("--problems", bank_copy, "list")
    assert_no_traceback(result, 0)
    header, *rows = result.output.splitlines()
    assert header.split() == ["problem", "title", "difficulty", "topics", "ladder"]
    two_sum = next(row for row in rows if row.startswith("two-sum"))
    assert "easy" in two_sum and "hash map" in two_sum and two_sum.rstrip().endswith("O(n)")
    add_one = next(row for row in rows if row.startswith("add-one"))
    assert add_one.rstrip().endswith("-")


def test_help_says_how_repeats_combine() -> None:
    result = judge("list", "--help")
    assert "every one must match" in " ".join(result.output.split())
    assert "any of them" in " ".join(result.output.split())


def test_topic_matches() -> None:
    assert topic_matches("HASH", "hash map") and topic_matches("hash  map", "hash map")
    assert not topic_matches("", "hash map") and not topic_matches("maps", "hash map")
