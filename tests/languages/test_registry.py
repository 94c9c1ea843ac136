"""The languages by name and by extension."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge import languages
from judge.errors import UsageError


def test_names_and_aliases() -> None:
    assert languages.get("js").name == "javascript"
    assert languages.get("JavaScript").name == "javascript"
    assert languages.get("py") is languages.PYTHON


def test_an_unknown_name_is_a_usage_error_naming_the_choices() -> None:
    with pytest.raises(UsageError, match=r"unknown language 'cobol' \(one of python, py, python3, javascript, js, node"):
        languages.get("cobol")


def test_the_extension_picks_the_language_and_lang_wins() -> None:
    assert languages.for_file(Path("two_sum.js")).name == "javascript"
    assert languages.for_file(Path("solution.py")) is languages.PYTHON
    assert languages.for_file(Path("notes.txt")) is languages.PYTHON  # as before: any other file is Python
    assert languages.for_file(Path("solution.txt"), "js").name == "javascript"


@pytest.mark.parametrize("name", ["solution.rb", "Solution.kt", "main.rs", "two_sum.TS"])
def test_a_language_the_judge_does_not_run_is_named(name: str) -> None:
    with pytest.raises(UsageError, match=r"the judge does not run .*; it runs \.py.*\.go"):
        languages.for_file(Path(name))


def test_every_language_names_its_runner_files() -> None:
    for language in languages.LANGUAGES:
        assert language.source_name("lru_cache").startswith("lru_cache.")
        assert language.image.startswith("judge-")


def test_the_cli_refuses_it_in_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from judge.cli import cli

    source = tmp_path / "two_sum.rb"
    source.write_text("def two_sum(nums, target) = []\n")
    result = CliRunner().invoke(cli, ["submit", "two-sum", str(source), "--sandbox", "local"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == ["Error: two_sum.rb: the judge does not run Ruby; it runs .py, .js, .mjs, .cjs, "
                                                  ".cpp, .cc, .cxx, .java, .go files (or pass --lang)"]  # fmt: skip
