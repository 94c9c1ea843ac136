"""Broken problem folders: named on stderr and skipped, so the rest of a bank still lists and validates."""

from __future__ import annotations

import click

from judge.errors import ProblemFormatError

EXIT_OK, EXIT_BROKEN = 0, 2


def report_broken(broken: list[ProblemFormatError]) -> int:
    """One line per broken folder on stderr; the exit code a command then ends with."""
    for error in broken:
        click.echo(f"skipped a broken problem: {error}", err=True)
    return EXIT_BROKEN if broken else EXIT_OK
