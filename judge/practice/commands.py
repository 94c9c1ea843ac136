"""The practice-repo commands: `judge init-practice`, `judge grade`, `judge grade-batch`.

judge.cli registers them; like every command they raise JudgeError and
leave exit codes for errors to the CLI.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from judge.errors import UsageError
from judge.practice.batch import EXTRA_REPORTS, BatchOptions, Repo, list_repos, run_batch
from judge.practice.discover import find_solutions
from judge.practice.grade import grade_repo
from judge.practice.gradebook import write_gradebook
from judge.practice.journal import Entry, Journal
from judge.practice.layout import init_practice
from judge.practice.model import RunPlan
from judge.practice.templates import DEFAULT_REQUIREMENT, CiOptions
from judge.practice.unsafe import ALLOW_FLAG, refuse_unsafe_local
from judge.problem import Bank, Problem, resolve
from judge.problem.model import DIFFICULTIES
from judge.reporters.fanout import Fanout
from judge.reporters.outputs import REPORTS, make_reporters, parse_report
from judge.reporters.summary import SummaryReporter
from judge.sandbox import CHOICES, choose

EXIT_OK, EXIT_REJECTED, EXIT_INTERNAL = 0, 1, 3

min_score_option = click.option(
    "--min-score",
    type=click.FloatRange(0.0, 1.0),
    help="Pass when the mean score of the problems (0..1) reaches this, instead of when every problem is accepted.",
)


complexity_option = click.option(
    "--no-complexity", is_flag=True, help="Skip measuring how each accepted solution's cost grows against the reference."
)


def _bank(ctx: click.Context) -> Bank:
    bank = ctx.find_object(Bank)
    assert bank is not None  # the `judge` group puts it there
    return bank


@click.command("init-practice")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--problems", "slugs", multiple=True, metavar="SLUG[,SLUG...]", help="The problems to include (default: every problem).")
@click.option("--topic", "topics", multiple=True, help="Only problems with this topic (repeatable).")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES), help="Only problems of this difficulty.")
@click.option(
    "--judge-requirement",
    default=DEFAULT_REQUIREMENT,
    show_default=True,
    help="What the CI workflow pip-installs, e.g. 'judge-hidden-tests==0.1.0' or 'git+https://host/you/judge@v0.1.0'.",
)
@click.option(
    "--sandbox",
    type=click.Choice(CHOICES),
    default="docker",
    show_default=True,
    help="The sandbox CI grades with (local is no boundary: the workflow then says so and allows it by name).",
)
@min_score_option
@click.option("--force", is_flag=True, help="Overwrite files that are already there.")
@click.pass_context
def init_practice_command(
    ctx: click.Context,
    directory: Path,
    slugs: tuple[str, ...],
    topics: tuple[str, ...],
    difficulty: str | None,
    judge_requirement: str,
    sandbox: str,
    min_score: float | None,
    force: bool,
) -> None:
    """Create a practice repo in DIRECTORY: statement, starter code and visible tests
    per problem, a README, judge.toml, and a GitHub Actions workflow that runs
    `judge grade` on every push.  Hidden tests and references are never copied."""
    if not judge_requirement.strip() or any(c in judge_requirement for c in "\r\n"):
        raise UsageError("--judge-requirement must be one line, like 'judge-hidden-tests==0.1.0'")
    problems = _select(_bank(ctx), slugs, topics, difficulty)
    ci = CiOptions(requirement=judge_requirement.strip(), sandbox=sandbox, min_score=min_score)
    init_practice(directory, problems, ci, force=force)
    click.echo(f"practice repo in {directory}/: {', '.join(p.slug for p in problems)}")
    click.echo("next: put it under git and push it; CI runs the grading. Locally:")
    click.echo(f"  cd {directory} && {' '.join(ci.grade_command()[:4])}")


def _select(bank: Bank, slugs: tuple[str, ...], topics: tuple[str, ...], difficulty: str | None) -> list[Problem]:
    if slugs and topics:
        raise UsageError("choose problems by --problems or by --topic, not both")
    if slugs:
        wanted = [s.strip() for group in slugs for s in group.split(",") if s.strip()]
        problems = [resolve(slug, bank) for slug in dict.fromkeys(wanted)]
    else:
        wanted_topics = {t.lower() for t in topics}
        problems = [p for p in bank.problems() if not wanted_topics or wanted_topics & {t.lower() for t in p.topics}]
    return [p for p in problems if difficulty is None or p.difficulty == difficulty]


allow_unsafe_local_option = click.option(
    ALLOW_FLAG,
    "allow_unsafe_local",
    is_flag=True,
    help="Grade in the local sandbox even on CI (CI set), where it is refused: it is no boundary.",
)


@click.command("grade")
@click.argument("path", default=".", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--sandbox", type=click.Choice(CHOICES), default="auto", show_default=True, help="Where the submissions run.")
@min_score_option
@click.option(
    "--report",
    "reports",
    multiple=True,
    metavar="NAME[=PATH]",
    help=f"Also write a report (repeatable): {', '.join(f'{name} ({form.help})' for name, form in REPORTS.items())}.",
)
@complexity_option
@allow_unsafe_local_option
@click.pass_context
def grade_command(
    ctx: click.Context,
    path: Path,
    sandbox: str,
    min_score: float | None,
    reports: tuple[str, ...],
    no_complexity: bool,
    allow_unsafe_local: bool,
) -> None:
    """Grade every solution in the practice repo at PATH (default: here) against the
    full bank, hidden tests included.  Exit 0 when every problem is accepted (or
    the score reaches --min-score), 1 when not, 3 on an internal error.  On CI
    (CI set), the local sandbox is refused unless --allow-unsafe-local."""
    reporters = make_reporters(parse_report(spec) for spec in reports)
    solutions = find_solutions(path, _bank(ctx))
    chosen = choose(sandbox)
    chosen.keep_spare()  # a solution per problem, one after another
    try:
        refuse_unsafe_local(chosen, allow_unsafe_local)
        plan = RunPlan(path.resolve(), solutions, chosen.describe(), min_score, complexity=not no_complexity)
        result = grade_repo(plan, chosen, Fanout([SummaryReporter(), *reporters]))
    finally:
        chosen.close()
    ctx.exit(EXIT_INTERNAL if result.internal_error else EXIT_OK if result.passed else EXIT_REJECTED)


@click.command("grade-batch")
@click.argument("root", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where the journal, gradebook and reports go (default: ROOT-grades beside ROOT).",
)
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Repos graded at once (default: the machine's cores).")
@click.option("--sandbox", type=click.Choice(CHOICES), default="auto", show_default=True, help="Where the submissions run.")
@min_score_option
@click.option(
    "--report",
    "reports",
    multiple=True,
    type=click.Choice(sorted(EXTRA_REPORTS)),
    help="Also write this report for each repo (repeatable).",
)
@complexity_option
@allow_unsafe_local_option
@click.option("--fresh", is_flag=True, help="Forget the journal of an earlier run and grade every repo again.")
@click.pass_context
def grade_batch_command(
    ctx: click.Context,
    root: Path,
    out: Path | None,
    jobs: int | None,
    sandbox: str,
    min_score: float | None,
    reports: tuple[str, ...],
    no_complexity: bool,
    allow_unsafe_local: bool,
    fresh: bool,
) -> None:
    """Grade many practice repos in parallel: ROOT is a folder with one sub-folder
    per repo, or a file listing repo folders (one a line).  Writes a gradebook CSV,
    each repo's reports, and a journal: run the same command again after an
    interruption and it grades only the repos it had not finished."""
    out = out if out is not None else root.resolve().with_name(f"{root.resolve().stem}-grades")
    repos = list_repos(root, out)
    options = BatchOptions(
        bank=_bank(ctx).root.resolve(),
        out=out,
        sandbox=sandbox,
        min_score=min_score,
        reports=tuple(dict.fromkeys(reports)),
        jobs=jobs or _cores(),
        complexity=not no_complexity,
        allow_unsafe_local=allow_unsafe_local,
    )
    journal = Journal(out / "journal.jsonl", options.settings(), fresh=fresh)
    try:
        _run_with_progress(repos, options, journal)
    finally:
        journal.close()
    names = [r.name for r in repos]
    write_gradebook(out / "gradebook.csv", names, journal.entries)
    click.echo(_batch_summary(names, journal.entries, out))


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _run_with_progress(repos: list[Repo], options: BatchOptions, journal: Journal) -> None:
    done = journal.done()
    pending = [r for r in repos if r.name not in done]
    console = Console(file=sys.stdout, highlight=False)
    if done:
        console.print(f"resuming: {len(repos) - len(pending)} of {len(repos)} repos already graded ({escape(str(journal.path))})")
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console) as progress:
        task = progress.add_task(
            f"grading on {options.jobs} core{'s' * (options.jobs > 1)}", total=len(repos), completed=len(repos) - len(pending)
        )

        def on_done(entry: Entry) -> None:
            progress.console.print(_entry_line(entry))
            progress.advance(task)

        run_batch(pending, options, journal, on_done)


def _entry_line(entry: Entry) -> str:
    if entry.result is None:
        return f"  [magenta]error[/] {escape(entry.repo)}: {escape(entry.error)}"
    result = entry.result
    mark = "[green]passed[/]" if result.passed else "[red]not passed[/]"
    cells = " ".join(f"{escape(o.problem)}:{o.label}" for o in result.outcomes)
    return f"  {mark} {escape(entry.repo)}: score {result.score:.0%} [dim]({cells})[/]"


def _batch_summary(names: list[str], entries: dict[str, Entry], out: Path) -> str:
    graded = [entries[n].result for n in names if n in entries and entries[n].result is not None]
    passed = sum(r.passed for r in graded if r is not None)
    errors = len(names) - len(graded)
    trouble = f", {errors} could not be graded (see {out / 'logs'})" if errors else ""
    return f"{len(names)} repos: {passed} passed, {len(graded) - passed} not passed{trouble}\ngradebook: {out / 'gradebook.csv'}"
