"""What the CLI's --lang options do: a language's starter, the problems it can solve, its toolchains."""

from __future__ import annotations

import click

from judge import languages
from judge.errors import UsageError
from judge.languages.base import Language
from judge.problem.model import Problem

lang_option = click.option(
    "--lang",
    "lang",
    metavar="LANG",
    help=f"The submission's language ({', '.join(languages.names())}); default: from FILE's extension, else Python.",
)


def chosen(name: str | None) -> Language | None:
    """The language --lang names, or None when it was not given."""
    return languages.get(name) if name else None


def solvable(problems: list[Problem], language: Language | None) -> list[Problem]:
    """The problems `language` can solve: every type of their signatures has a spelling in it."""
    if language is None:
        return problems
    return [p for p in problems if not language.unmapped(p)]


def starter(problem: Problem, language: Language) -> tuple[str, str]:
    """(file name, text) of the problem's starter in `language`; a usage error when it cannot solve the problem."""
    missing = language.unmapped(problem)
    if missing:
        raise UsageError(f"{problem.slug} cannot be solved in {language.name}: no spelling for {', '.join(missing[:3])}")
    return language.source_name(problem.module), language.starter(problem)


def toolchain_lines() -> list[str]:
    """One line per language: whether the local sandbox can run it here."""
    lines = []
    for language in languages.LANGUAGES:
        missing = language.missing_toolchain()
        lines.append(f"local {language.name}: " + (f"not usable: {missing}" if missing else "ready"))
    return lines
