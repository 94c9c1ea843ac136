"""docs/problems.md is what `judge list --format markdown` prints for the bank."""

from __future__ import annotations

from click.testing import CliRunner

from judge.cli import cli
from tests.conftest import BANK, REPO

PAGE = REPO / "docs" / "problems.md"


def test_the_problems_page_is_current() -> None:
    result = CliRunner().invoke(cli, ["--problems", str(BANK), "list", "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert PAGE.read_text(encoding="utf-8") == result.output, "docs/problems.md is stale: run `make docs`"


def test_the_page_lists_every_problem_by_topic() -> None:
    text = PAGE.read_text(encoding="utf-8")
    slugs = sorted(p.name for p in BANK.iterdir() if (p / "problem.toml").is_file())
    assert all(f"`{slug}`" in text for slug in slugs)
    assert "## By topic" in text and "- **concurrency**:" in text
