"""`judge import exercism SOURCE BANK_DIR`: problems from other formats, one folder each."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import click

from judge.errors import JudgeError, UsageError
from judge.instructor.exercism_files import Skip, read_exercise
from judge.instructor.exercism_problem import problem_files
from judge.instructor.exercism_track import Track, locate
from judge.instructor.kattis.command import kattis_command
from judge.problem.loader import load_problem

EXIT_OK, EXIT_NONE_IMPORTED = 0, 1


@click.group("import")
def import_group() -> None:
    """Bring problems in from other formats (one problem folder per exercise)."""


import_group.add_command(kattis_command)  # judge/instructor/kattis/


@dataclass(frozen=True)
class Imported:
    slug: str
    skipped: str = ""  # the one-line reason, if it was not imported
    deprecated: bool = False


@import_group.command("exercism")
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("bank_dir", type=click.Path(path_type=Path))
@click.pass_context
def exercism_command(ctx: click.Context, source: Path, bank_dir: Path) -> None:
    """Import the practice exercises of an Exercism Python track into BANK_DIR.

    SOURCE is a checkout of the track, its exercises/practice folder, or one
    exercise folder.  Each exercise becomes BANK_DIR/<slug>/ (never over an
    existing folder); one that cannot be imported is named with the reason."""
    track = locate(source)
    if bank_dir.exists() and not bank_dir.is_dir():
        raise UsageError(f"{bank_dir}: not a folder")
    bank_dir.mkdir(parents=True, exist_ok=True)
    if not track.has_config:
        click.echo("no track config.json above SOURCE: difficulty 'medium' and topic 'uncategorised' for every exercise")
    results = [import_exercise(folder, track, bank_dir) for folder in track.exercises]
    for result in results:
        if result.skipped:
            click.echo(f"skipped {result.slug}: {result.skipped}")
    imported = [r for r in results if not r.skipped]
    deprecated = sum(r.deprecated for r in results)
    skipped = len(results) - len(imported)
    detail = f" ({deprecated} deprecated)" if deprecated else ""
    click.echo(f"imported {len(imported)} exercises into {bank_dir}/, skipped {skipped}{detail}")
    if imported:
        click.echo(f"next: `judge --problems {bank_dir} validate` proves them")
    ctx.exit(EXIT_OK if imported else EXIT_NONE_IMPORTED)


def import_exercise(folder: Path, track: Track, bank_dir: Path) -> Imported:
    """Write one exercise's problem folder, or say why not."""
    entry = track.entry(folder)
    if entry.deprecated:
        return Imported(folder.name, "deprecated in the track's config.json", deprecated=True)
    target = bank_dir / folder.name
    if target.exists():
        return Imported(folder.name, f"{target} already exists (not overwritten)")
    try:
        write_problem(target, problem_files(read_exercise(folder), entry))
    except Skip as reason:
        return Imported(folder.name, str(reason))
    return Imported(folder.name)


def write_problem(target: Path, files: dict[str, str]) -> None:
    """Written beside the bank first and moved in once it loads: a folder the
    loader refuses is never left in the bank."""
    staging = target.with_name(f".{target.name}.importing")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for relative, text in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        try:
            load_problem(staging)
        except JudgeError as exc:
            raise Skip(f"the folder made from it does not load: {str(exc).replace(str(staging.resolve()), target.name)}") from None
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
