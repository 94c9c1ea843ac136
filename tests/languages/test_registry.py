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


def test_every_language_names_its_runner_files() -> None:
    for language in languages.LANGUAGES:
        assert language.source_name("lru_cache").startswith("lru_cache.")
        assert language.image.startswith("judge-")
