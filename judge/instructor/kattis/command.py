"""`judge import kattis SOURCE BANK_DIR`: a Kattis problem package, or a folder of them."""

from __future__ import annotations

from pathlib import Path

import click

from judge.errors import JudgeError, UsageError
from judge.instructor.kattis.convert import Imported, write_problem
from judge.instructor.kattis.package import Refused, is_package, read_package
from judge.problem.loader import load_problem

EXIT_OK, EXIT_NOT_ALL = 0, 2


@click.command("kattis")
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("bank_dir", type=click.Path(path_type=Path))
@click.pass_context
def kattis_command(ctx: click.Context, source: Path, bank_dir: Path) -> None:
    """Import Kattis problem packages into BANK_DIR as io problems.

    SOURCE is one package (a folder with problem.yaml) or a folder of them.
    Python 3 submissions become the reference and wrong/<VERDICT>/ by their
    folder; the others wait in waiting/ for their language's runner.
    Interactive and scoring problems are refused.  Exit 2 if any package
    was not imported (each is named with its reason; the others are written)."""
    packages = _packages(source)
    if bank_dir.exists() and not bank_dir.is_dir():
        raise UsageError(f"{bank_dir}: not a folder")
    bank_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    for root in packages:
        try:
            imported = write_problem(read_package(root), bank_dir)
            load_problem(imported.folder)  # what was written must load
        except Refused as reason:
            click.echo(f"refused {reason}")
            failed += 1
            continue
        except JudgeError as error:
            click.echo(f"error: {error}")
            failed += 1
            continue
        _report(root, imported)
    click.echo(f"imported {len(packages) - failed} of {len(packages)} packages into {bank_dir}/")
    if failed < len(packages):
        click.echo(f"next: `judge --problems {bank_dir} validate` judges every Python submission by its folder")
    ctx.exit(EXIT_NOT_ALL if failed else EXIT_OK)


def _packages(source: Path) -> list[Path]:
    if not source.is_dir():
        raise UsageError(f"{source}: not a folder")
    if is_package(source):
        return [source]
    found = sorted(p for p in source.iterdir() if p.is_dir() and is_package(p))
    if not found:
        raise UsageError(f"{source}: no problem.yaml in it or in its folders (not a Kattis package)")
    return found


def _report(root: Path, imported: Imported) -> None:
    click.echo(f"imported {root.name} as {imported.folder}: reference {imported.reference}, {len(imported.wrong)} more Python submissions")
    for path in imported.wrong:
        click.echo(f"    {path}")
    if imported.waiting:
        click.echo(f"    waiting for a runner: {', '.join(imported.waiting)}")
    for note in imported.notes:
        click.echo(f"    note: {note}")
