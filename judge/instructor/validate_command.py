"""`judge validate`: one problem, several, or the whole bank in parallel, with a summary table."""

from __future__ import annotations

import os
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from judge import languages
from judge.errors import UsageError
from judge.instructor.bank_validation import Outcome, validate_all
from judge.instructor.broken import report_broken
from judge.instructor.calibrate import RULE
from judge.instructor.check import Check
from judge.languages import Language
from judge.problem import Bank, resolve
from judge.sandbox import CHOICES, choose

EXIT_OK, EXIT_FAILED, EXIT_BROKEN = 0, 1, 2


@click.command("validate")
@click.argument("slugs", nargs=-1)
@click.option("--all", "every", is_flag=True, help="Every problem of the bank (the default when no SLUG is given).")
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), help="Problems validated at once, one process each (default: the machine's cores)."
)
@click.option("--calibrate", is_flag=True, help=f"Judge under the proposed time limit ({RULE}) and write it to problem.toml if it holds.")
@click.option(
    "--sandbox",
    type=click.Choice(CHOICES),
    default="auto",
    show_default=True,
    help="Where the solutions run: docker if an engine and the image are there (auto), else local.",
)
@click.option(
    "--lang", "lang", metavar="LANG", help="Prove the problem's solutions in this language (reference/solution.js, wrong/*/*.js, ...)."
)
@click.pass_context
def validate_command(
    ctx: click.Context, slugs: tuple[str, ...], every: bool, jobs: int | None, calibrate: bool, sandbox: str, lang: str | None
) -> None:
    """Prove problems right: nothing left to fill in, reference AC within the time
    limit, wrong solutions get their verdicts (and wrong/TLE grows worse on the
    ladder), starter rejected, statement examples hold."""
    if every and slugs:
        raise UsageError("give SLUGs or --all, not both")
    language = languages.get(lang) if lang else None  # an unknown name: one usage error before any work
    if calibrate and language is not None and language is not languages.PYTHON:
        raise UsageError("--calibrate sets the limit from the Python reference: run it without --lang")
    bank = ctx.find_object(Bank)
    assert bank is not None  # the `judge` group puts it there
    if slugs:
        roots, broken = [resolve(s, bank).root for s in slugs], []
    else:
        scan = bank.scan()
        roots, broken = [p.root for p in scan.problems], scan.broken
        if language is not None and language is not languages.PYTHON:
            roots, unsolved = _with_solutions(roots, language)
            if unsolved:
                click.echo(f"{unsolved} problems have no {language.name} reference solution: not validated in {language.name}")
    kind = _sandbox_kind(sandbox, language)
    console = Console(highlight=False)
    workers = jobs or os.cpu_count() or 1
    outcomes = list(validate_all(roots, kind, calibrate, workers, lambda check: _show_check(console, check), lang))
    for outcome in outcomes:
        if outcome.error:
            console.print(f"[red]FAIL[/] {outcome.slug}: {escape(outcome.error)}")
        if outcome.calibration:
            console.print(f"     {outcome.slug}: {escape(outcome.calibration)}")
    console.print()
    console.print(_summary(outcomes, roots))
    failed = sum(len(o.failed) + bool(o.error) for o in outcomes)
    console.print(f"{len(outcomes)} problems, {failed} failed checks" + (f", {len(broken)} broken (skipped)" if broken else ""))
    if report_broken(broken):
        ctx.exit(EXIT_BROKEN)
    ctx.exit(EXIT_FAILED if failed else EXIT_OK)


def _with_solutions(roots: list[Path], language: Language) -> tuple[list[Path], int]:
    """The problems with a reference in `language` (the whole bank with --lang: those it has solved), and how many lack one."""
    solved = [root for root in roots if (root / "reference" / language.source_name("solution")).is_file()]
    return solved, len(roots) - len(solved)


def _sandbox_kind(name: str, language: Language | None = None) -> str:
    """`auto` resolved once, here: every worker then uses the same kind, and an
    unavailable `docker` is one usage error before any work starts."""
    chosen = choose(name, language)
    try:
        return chosen.name
    finally:
        chosen.close()


def _show_check(console: Console, check: Check) -> None:
    mark = "[green]ok[/]  " if check.ok else "[red]FAIL[/]"
    detail = f"  [dim]{escape(check.detail)}[/]" if check.detail else ""
    console.print(f"{mark} {check.problem}: {escape(check.name)}{detail}")


def _summary(outcomes: list[Outcome], roots: list[Path]) -> Table:
    order = {root.name: i for i, root in enumerate(roots)}
    table = Table("problem", "passed", "failed", "seconds", "first failure", box=None, pad_edge=False)
    for outcome in sorted(outcomes, key=lambda o: order.get(o.slug, len(order))):
        first = outcome.error or next((c.name for c in outcome.failed), "")
        passed = sum(c.ok for c in outcome.checks)
        failed = len(outcome.failed) + bool(outcome.error)
        colour = "red" if failed else "green"
        table.add_row(outcome.slug, str(passed), f"[{colour}]{failed}[/]", f"{outcome.seconds:.1f}", escape(first))
    return table
