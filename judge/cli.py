"""The `judge` command line.  Only this module turns exceptions into exit codes.

Exit codes: 0 accepted (or the command succeeded), 1 not accepted (or a
check failed), 2 usage or problem-format error, 3 internal error.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sys
from pathlib import Path
from typing import Any, NoReturn

import click
from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.table import Table

from judge import __version__, languages
from judge.custom_run import run_command
from judge.entry import pin_hash_seed
from judge.environment import for_child
from judge.errors import JudgeError, UsageError
from judge.grading.grade import grade_file
from judge.history_command import history_command, record_grading
from judge.instructor.broken import report_broken
from judge.instructor.import_command import import_group
from judge.instructor.new_command import new_command
from judge.instructor.public_commands import export_command, preview_command
from judge.instructor.validate_command import validate_command
from judge.languages import PYTHON
from judge.languages.commands import chosen, lang_option, solvable, starter, toolchain_lines
from judge.practice.commands import grade_batch_command, grade_command, init_practice_command
from judge.problem import Bank, Problem, catalogue, finder, resolve
from judge.problem.model import DIFFICULTIES
from judge.reporters import FORMATS
from judge.results import SubmissionResult
from judge.sandbox import CHOICES, choose
from judge.sandbox.detached import idle_seconds, park_ahead
from judge.verdicts import Verdict

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class JudgeGroup(click.Group):
    """Turns the judge's own errors into one line and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except JudgeError as exc:
            raise _fail(str(exc), exc.exit_code) from None
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            raise _fail("interrupted", 130) from None
        except Exception as exc:
            if os.environ.get("JUDGE_DEBUG"):
                raise
            raise _fail(f"internal error: {type(exc).__name__}: {exc} (set JUDGE_DEBUG=1 for a traceback)", EXIT_INTERNAL) from None


def _fail(message: str, code: int) -> click.ClickException:
    """click prints the message and exits with the exception class's code
    (a class variable since click 8.2): one small subclass per code."""
    failure = _FAILURES.get(code)
    if failure is None:
        failure = _FAILURES[code] = type(f"ExitWith{code}", (click.ClickException,), {"exit_code": code})
    return failure(message)


_FAILURES: dict[int, type[click.ClickException]] = {}


@click.group(cls=JudgeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--problems",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="JUDGE_PROBLEMS",
    help="Problem bank folder (default: the bank shipped with judge; env JUDGE_PROBLEMS).",
)
@click.version_option(__version__, prog_name="judge")
@click.pass_context
def cli(ctx: click.Context, problems: Path | None) -> None:
    """A coding-exercise judge with hidden tests.

    \b
    judge list                      the problems
    judge show two-sum              read one
    judge start two-sum             copy its starter code here
    judge test two-sum solution.py  run the visible tests
    judge submit two-sum solution.py  visible + hidden tests: the verdict
    """
    from judge.resources import default_bank

    ctx.obj = Bank(problems if problems is not None else default_bank())


def _bank(ctx: click.Context) -> Bank:
    bank = ctx.find_object(Bank)
    assert bank is not None
    return bank


def _problem(ctx: click.Context, slug: str) -> Problem:
    return resolve(slug, _bank(ctx))


format_option = click.option(
    "--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True, help="Report format."
)
sandbox_option = click.option(
    "--sandbox",
    type=click.Choice(CHOICES),
    default="auto",
    show_default=True,
    help="Where the submission runs: docker if an engine and the image are there (auto), else local.",
)


@cli.command("list")
@click.option(
    "--topic",
    "topics",
    multiple=True,
    help="Only problems with a topic that a word of it starts with this, any case ('hash' finds 'hash map'). "
    "Repeated: every one must match.",
)
@click.option(
    "--difficulty",
    "difficulties",
    multiple=True,
    type=click.Choice(DIFFICULTIES),
    help="Only problems of this difficulty. Repeated: any of them.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "markdown", "text"]),
    default="text",
    show_default=True,
    help="text: a table; json: every field; markdown: the page docs/problems.md is made of.",
)
@click.option("--lang", "lang", metavar="LANG", help="Only problems this language can solve (every signature type has a spelling in it).")
@click.pass_context
def list_problems(ctx: click.Context, topics: tuple[str, ...], difficulties: tuple[str, ...], fmt: str, lang: str | None) -> None:
    """List the problems in the bank (a broken one is named on stderr, skipped, and the exit code is 2)."""
    scan = _bank(ctx).scan()
    problems = solvable(finder.select(scan.problems, topics, difficulties), chosen(lang))
    if fmt == "json":
        click.echo(json.dumps([finder.listing(p) for p in problems], indent=2))
    elif fmt == "markdown":
        click.echo(catalogue.markdown(problems), nl=False)
    else:
        table = Table(box=None, pad_edge=False)
        table.add_column("problem", no_wrap=True)  # the name to type: never cut
        for name in ("title", "difficulty", "topics"):
            table.add_column(name)
        table.add_column("ladder", no_wrap=True)  # growth measured against the reference (`judge submit`)
        for p in problems:
            ladder = (p.complexity or "yes") if p.ladder is not None else "-"
            table.add_row(p.slug, escape(p.title), p.difficulty, escape(", ".join(p.topics)), escape(ladder))
        console = Console(highlight=False)
        console.print(table if problems else "no problem matches")
        if not problems and topics:
            console.print(f"topics in this bank: {escape(', '.join(finder.all_topics(scan.problems)))}")
    ctx.exit(report_broken(scan.broken))


@cli.command()
@click.argument("slug")
@click.pass_context
def show(ctx: click.Context, slug: str) -> None:
    """Show a problem's statement, entry points and limits."""
    problem = _problem(ctx, slug)
    console = Console(highlight=False)
    console.print(f"[bold]{escape(problem.title)}[/]  [dim]{problem.difficulty} · {escape(', '.join(problem.topics))}[/]")
    console.print(Markdown(problem.statement.read_text(encoding="utf-8")))
    limits = problem.limits
    console.print(f"[dim]limits: {limits.time:g} s CPU per call, {limits.memory} MiB memory · start with: judge start {problem.slug}[/]")


@cli.command()
@click.argument("slug")
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite files that are already there.")
@click.option("--lang", "lang", metavar="LANG", help="Starter code in this language, made from the problem's signatures (default: Python).")
@click.pass_context
def start(ctx: click.Context, slug: str, directory: Path | None, force: bool, lang: str | None) -> None:
    """Copy a problem's starter code, statement and visible tests into DIRECTORY (default: ./SLUG)."""
    problem = _problem(ctx, slug)
    target = directory if directory is not None else Path(problem.slug)
    language = chosen(lang)
    park = idle_seconds() > 0 and (language is None or language.forks)  # checked before anything is written
    generated = starter(problem, language) if language is not None and language is not PYTHON else None
    copies = [(f, target / f.name) for f in sorted(problem.starter.parent.iterdir()) if f.is_file() and generated is None]
    copies.append((problem.statement, target / "statement.md"))
    copies += [(f, target / "tests" / f.name) for f in sorted(problem.tests_dir.glob("*.py"))]
    written = [target / generated[0]] if generated is not None else []
    clashes = [str(dst) for dst in [*written, *(dst for _, dst in copies)] if dst.exists()]
    if clashes and not force:
        raise UsageError(f"{clashes[0]} already exists (use --force to overwrite)")
    for src, dst in copies:
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
    if generated is not None:
        written[0].write_text(generated[1], encoding="utf-8")
    if park:  # the first `judge test` on Docker finds its container started
        park_ahead(problem.root)
    edit_me = written[0] if written else target / problem.filename
    click.echo(f"{problem.title}: starter code in {target}/")
    click.echo(f"next: edit {edit_me}, then `judge test {problem.slug} {edit_me}`")


def _grade(
    ctx: click.Context, slug: str, file: Path, fmt: str, sandbox_name: str, hidden: bool, complexity: bool = False, lang: str | None = None
) -> NoReturn:
    problem = _problem(ctx, slug)
    if hidden and not problem.has_hidden:
        raise UsageError(f"problem '{problem.slug}' has no hidden tests here (a public pack?): use `judge test`")
    language = languages.for_file(file, lang)
    sandbox = choose(sandbox_name, language, park=True)  # the candidate's next run finds a container started
    try:
        result = grade_file(problem, file, sandbox, hidden=hidden, reporter=FORMATS[fmt](), complexity=complexity, language=language)
    finally:
        sandbox.close()
    record_grading("submit" if hidden else "test", file, result)
    ctx.exit(exit_code(result))


def exit_code(result: SubmissionResult) -> int:
    if result.verdict is Verdict.IE:
        return EXIT_INTERNAL
    return EXIT_OK if result.accepted else EXIT_REJECTED


submission_argument = click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))


@cli.command()
@click.argument("slug")
@submission_argument
@format_option
@sandbox_option
@lang_option
@click.pass_context
def test(ctx: click.Context, slug: str, file: Path, fmt: str, sandbox: str, lang: str | None) -> None:
    """Run the visible tests of SLUG against FILE."""
    _grade(ctx, slug, file, fmt, sandbox, hidden=False, lang=lang)


@cli.command()
@click.argument("slug")
@submission_argument
@format_option
@sandbox_option
@click.option("--no-complexity", is_flag=True, help="Skip measuring how the cost grows against the reference.")
@lang_option
@click.pass_context
def submit(ctx: click.Context, slug: str, file: Path, fmt: str, sandbox: str, no_complexity: bool, lang: str | None) -> None:
    """Judge FILE against the visible and hidden tests of SLUG, and measure its growth."""
    _grade(ctx, slug, file, fmt, sandbox, hidden=True, complexity=not no_complexity, lang=lang)


@cli.group()
def sandbox() -> None:
    """The Docker sandbox: status, image build, leftover clean-up."""


@sandbox.command()
def status() -> None:
    """Say whether a Docker engine is reachable and the sandbox image is built (exit 0 if usable)."""
    from judge.sandbox import docker as docker_sandbox

    problem = docker_sandbox.unavailable_reason()
    for language in languages.LANGUAGES[1:]:  # Python's image is the line below
        missing = docker_sandbox.unavailable_reason(language=language)
        click.echo(f"docker {language.name}: " + (f"not usable: {missing}" if missing else f"ready (image {language.image_tag()})"))
    for line in toolchain_lines():
        click.echo(line)
    if problem is None:
        info = docker_sandbox.DockerSandbox().describe()
        click.echo(f"docker: ready (image {info['image']}, Python {info['python']}); --sandbox auto uses docker")
        return
    click.echo(f"docker: not usable: {problem}; --sandbox auto uses local")
    raise SystemExit(EXIT_REJECTED)


@sandbox.command()
@click.option(
    "--base",
    help="Base image with python3 (e.g. python:3.13-slim where a registry is reachable); default: debootstrap, no registry.",
)
@click.option("--lang", "lang", metavar="LANG", help="Build this language's image instead of Python's (e.g. js).")
def build(base: str | None, lang: str | None) -> None:
    """Build the sandbox image (needs a running Docker engine; no registry needed)."""
    import subprocess

    from judge import resources

    script = (chosen(lang) or PYTHON).build_script()
    command = ["bash", str(script), *(["--base", base] if base else [])]
    env = {**for_child(), "JUDGE_PROTOCOL": str(resources.protocol_path())}
    if subprocess.run(command, env=env, check=False).returncode != 0:
        raise JudgeError("building the sandbox image failed (see the lines above)")


@sandbox.command()
def clean() -> None:
    """Kill and remove containers the judge left behind (found by their label), parked ones too."""
    from docker import errors as docker_errors

    from judge.sandbox import docker as docker_sandbox
    from judge.sandbox import parking

    try:
        client = docker_sandbox.connect()
        leftovers = docker_sandbox.leftover_containers(client)
    except Exception as exc:  # noqa: BLE001 - no engine: nothing to clean, say so
        raise JudgeError(docker_sandbox.unreachable(exc)) from None
    for container in leftovers:
        with contextlib.suppress(docker_errors.NotFound):  # removed in between, by its own judge
            container.remove(force=True)
        parking.forget_pipes(parking.pipes_folder(container.labels))
    click.echo(f"removed {len(leftovers)} leftover container(s)")


# Practice repos and CI grading live in judge/practice/commands.py.
cli.add_command(init_practice_command)
cli.add_command(grade_command)
cli.add_command(grade_batch_command)
# Problem setters' tools live in judge/instructor/.
cli.add_command(validate_command)
cli.add_command(new_command)
cli.add_command(preview_command)
cli.add_command(export_command)
cli.add_command(import_group)  # `judge import exercism`; other formats add their subcommand to this group
# The candidate's own record of attempts: judge/history.py.
cli.add_command(history_command)
cli.add_command(run_command)  # judge/custom_run.py


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> None:
    pin_hash_seed()  # a no-op through judge.entry, which did it before the imports above
    # SIGTERM (a CI job cancelled, `kill`) unwinds like Ctrl-C, so every
    # container and runner is removed on the way out.
    signal.signal(signal.SIGTERM, _interrupt)
    cli(prog_name="judge")


if __name__ == "__main__":
    main()
    sys.exit(EXIT_OK)
