"""`judge preview SLUG` and `judge export --public DIR`: a problem as candidates get it."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.rule import Rule
from rich.syntax import Syntax
from rich.table import Table

from judge.errors import UsageError
from judge.instructor.broken import report_broken
from judge.instructor.export import export_public
from judge.instructor.preview import hidden_groups
from judge.problem import Bank, Problem, resolve


def _bank(ctx: click.Context) -> Bank:
    bank = ctx.find_object(Bank)
    assert bank is not None  # the `judge` group puts it there
    return bank


@click.command("preview")
@click.argument("slug")
@click.pass_context
def preview_command(ctx: click.Context, slug: str) -> None:
    """Show what a candidate gets for SLUG: statement, starter, visible tests, and
    the hidden cases by category and points only."""
    problem = resolve(slug, _bank(ctx))
    console = Console(highlight=False)
    console.print(f"[bold]{escape(problem.title)}[/]  [dim]{problem.difficulty} · {escape(', '.join(problem.topics))}[/]")
    console.print(Markdown(problem.statement.read_text(encoding="utf-8")))
    for path in sorted(p for p in problem.starter.parent.iterdir() if p.is_file()):
        _show_file(console, problem, path)
    for path in sorted(problem.tests_dir.glob("*.py")):
        _show_file(console, problem, path)
    console.print(Rule("hidden tests (categories and points only)", align="left"))
    console.print(_hidden_table(problem))
    limits = problem.limits
    console.print(f"[dim]limits: {limits.time:g} s CPU per call, {limits.wall_seconds:g} s wall, {limits.memory} MiB memory[/]")


def _show_file(console: Console, problem: Problem, path: Path) -> None:
    console.print(Rule(path.relative_to(problem.root).as_posix(), align="left"))
    console.print(Syntax(path.read_text(encoding="utf-8", errors="replace"), "python", theme="ansi_dark", background_color="default"))


def _hidden_table(problem: Problem) -> Table | str:
    groups = hidden_groups(problem)
    if not groups:
        return "no hidden tests"
    table = Table("category", "cases", "points", box=None, pad_edge=False)
    for group in groups:
        table.add_row(escape(group.category), str(group.cases), f"{group.points:g}")
    return table


@click.command("export")
@click.option(
    "--public", "target", required=True, type=click.Path(file_okay=False, path_type=Path), help="The folder to write the pack to."
)
@click.pass_context
def export_command(ctx: click.Context, target: Path) -> None:
    """Copy the bank for candidates into a new folder: no hidden/, reference/, wrong/
    or generators; problem.toml keeps the hidden cases' categories and points."""
    bank = _bank(ctx)
    if bank.root.resolve() == target.resolve() or bank.root.resolve() in target.resolve().parents:
        raise UsageError(f"{target} is inside the bank {bank.root}: export somewhere else")
    problems, broken = export_public(bank, target)
    click.echo(f"exported {len(problems)} problems to {target}/ (statements, starters, visible tests; no hidden tests)")
    ctx.exit(report_broken(broken))
