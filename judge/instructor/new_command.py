"""`judge new SLUG`: a complete problem folder from a signature, to fill in."""

from __future__ import annotations

import re
from pathlib import Path

import click

from judge.errors import ProblemFormatError, UsageError
from judge.instructor.scaffold import Spec, parse_signature, render
from judge.problem.loader import load_problem

SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
DEFAULT_BANK = Path("problems")
# Until the ladder engine takes class entries, the loader refuses a class's
# [ladder]: the scaffold then keeps the table, commented out, for later.
LADDER_OFF_NOTE = "# The ladder engine does not take this entry yet; uncomment when it does:\n"


@click.command("new")
@click.argument("slug")
@click.option(
    "--function", "function", metavar="SIGNATURE", help='The function to write: "merge_intervals(intervals: list[list[int]]) -> ..."'
)
@click.option("--class", "class_", metavar="SIGNATURE", help='The class to write, by its constructor: "LRUCache(capacity: int)".')
@click.option(
    "--method", "methods", multiple=True, metavar="SIGNATURE", help='A method of --class (repeatable): "get(self, key: int) -> int".'
)
@click.option("--title", help="The problem's title (default: from the slug).")
@click.pass_context
def new_command(
    ctx: click.Context, slug: str, function: str | None, class_: str | None, methods: tuple[str, ...], title: str | None
) -> None:
    """Scaffold problem SLUG in the bank given by --problems (default ./problems):
    statement, starter, visible and hidden tests, reference, wrong/ and a ladder
    generator, each place to write marked TODO(judge).  `judge validate SLUG` lists what is left."""
    spec = _spec(slug, function, class_, methods, title)
    root = _bank_dir(ctx) / slug
    if root.exists():
        raise UsageError(f"{root} already exists: `judge new` does not overwrite")
    write_scaffold(root, spec)
    click.echo(f"{spec.title}: a new problem in {root}/")
    click.echo(f"next: fill in every TODO(judge) marker, then `judge --problems {root.parent} validate {slug}` lists what is left")


def write_scaffold(root: Path, spec: Spec) -> None:
    for relative, text in render(spec).items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    _ladder_or_comment(root)


def _ladder_or_comment(root: Path) -> None:
    """A fresh scaffold must load; a [ladder] the engine refuses is commented out, not dropped."""
    try:
        load_problem(root)
    except ProblemFormatError as exc:
        if "ladder" not in str(exc):
            raise
        toml = root / "problem.toml"
        head, ladder = toml.read_text(encoding="utf-8").split("[ladder]", 1)
        commented = "".join(f"# {line}" if line.strip() else line for line in f"[ladder]{ladder}".splitlines(keepends=True))
        toml.write_text(f"{head}{LADDER_OFF_NOTE}{commented}", encoding="utf-8")
        load_problem(root)


def _spec(slug: str, function: str | None, class_: str | None, methods: tuple[str, ...], title: str | None) -> Spec:
    if not SLUG.fullmatch(slug):
        raise UsageError(f"slug {slug!r}: lowercase letters, digits and single hyphens, like 'merge-intervals'")
    if (function is None) == (class_ is None):
        raise UsageError("give exactly one of --function SIGNATURE or --class SIGNATURE")
    if function is not None and methods:
        raise UsageError("--method goes with --class, not --function")
    if class_ is not None and not methods:
        raise UsageError("--class needs at least one --method SIGNATURE")
    title = title or slug.replace("-", " ").title()
    if '"' in title or "\\" in title:
        raise UsageError("--title: no double quotes or backslashes")
    if function is not None:
        return Spec(slug, title, parse_signature(function, "--function"))
    method_sigs = tuple(parse_signature(m, "--method") for m in methods)
    return Spec(slug, title, parse_signature(str(class_), "--class"), method_sigs, is_class=True)


def _bank_dir(ctx: click.Context) -> Path:
    """--problems (or JUDGE_PROBLEMS) if given, else ./problems: never the bank shipped inside judge."""
    given = ctx.find_root().params.get("problems")
    if given is not None:
        bank = Path(given)
        if not bank.is_dir():
            raise UsageError(f"problem bank {bank} is not a folder")
        return bank
    if DEFAULT_BANK.is_dir():
        return DEFAULT_BANK
    raise UsageError("no ./problems folder here: say where the bank is with `judge --problems DIR new ...`")
