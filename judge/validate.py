"""`judge validate`: prove a problem before anyone sees it.

Nothing is left to fill in (no `TODO(judge)` marker); the reference defines
the entry points and passes every test, well within the time limit (and a
limit is proposed from its CPU time); every wrong solution gets its declared
verdict and fails the cases it names; the starter loads but is not accepted;
every hidden case has a category; the statement's examples hold for the
reference; on the ladder, the reference grows like itself and every
wrong/TLE solution grows worse.
"""

from __future__ import annotations

import doctest
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from judge import testing as testing_helpers
from judge.errors import ProblemFormatError
from judge.grading.grade import grade_file
from judge.grading.plugin import import_reference
from judge.instructor.calibrate import Timing, headroom_note, reference_timing, slowest_cpu, timing_check
from judge.instructor.check import SETTLED, Check
from judge.instructor.growth import growth_checks
from judge.instructor.todo import MARKER, marker_checks
from judge.problem.loader import wrong_solutions
from judge.problem.model import Problem, WrongSolution
from judge.programs.validation import data_case_names_check, sample_statement_check
from judge.results import SubmissionResult
from judge.sandbox.base import Sandbox
from judge.verdicts import Verdict

__all__ = ["Check", "validate"]

CODE_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def validate(
    problem: Problem, sandbox: Sandbox, on_check: Callable[[Check], None] = lambda c: None, *, calibrate: bool = False
) -> list[Check]:
    """Every check of one problem.  With `calibrate`, the wrong and accepted
    solutions are judged under the proposed time limit instead of the current one."""
    checks = []
    for check in _checks(problem, sandbox, calibrate):
        on_check(check)
        checks.append(check)
    return checks


def _checks(problem: Problem, sandbox: Sandbox, calibrate: bool) -> Iterator[Check]:
    slug = problem.slug
    markers = marker_checks(slug, problem.root)
    if markers:  # a scaffold: say what to write, not how a stub fails
        yield from markers
        yield Check(slug, "other checks", False, f"not run until every {MARKER} marker above is filled in and removed")
        return
    if not problem.has_hidden:
        yield Check(slug, "hidden tests", False, "no hidden/ folder: a public pack cannot be validated")
        return
    program = problem.kind == "io"  # a program on data files: no entry points, no doctests
    yield sample_statement_check(problem) if program else _statement_examples(problem)
    entries = Check(slug, "reads stdin, writes stdout", True) if program else _entry_points(problem)
    if not program:
        yield entries
    reference = grade_file(problem, problem.reference, sandbox, complexity=False)
    yield Check(slug, "reference is accepted", reference.accepted, _summary(reference))
    if program:
        yield data_case_names_check(problem)
    elif entries.ok:  # else the reference ran no case, and every [cases] name would look unknown
        yield from _case_names(problem, reference)
    timing = reference_timing(problem, reference)
    if reference.accepted:  # a reference that fails has no time worth a limit
        yield timing_check(problem, reference, timing)
    judged = replace(problem, limits=replace(problem.limits, time=timing.proposed)) if calibrate else problem
    starter = grade_file(judged, problem.starter, sandbox, complexity=False)
    rejected = starter.verdict not in (Verdict.AC, Verdict.CE, Verdict.IE)
    yield Check(slug, "starter loads and is rejected", rejected, _summary(starter))
    try:
        wrong = wrong_solutions(problem)
    except ProblemFormatError as exc:
        yield Check(slug, "wrong/ folders name verdicts", False, str(exc))
        wrong = []
    for solution in wrong:
        yield from _wrong_solution(judged, solution, sandbox, timing)
    yield from growth_checks(problem, wrong, sandbox)


def _wrong_solution(problem: Problem, wrong: WrongSolution, sandbox: Sandbox, timing: Timing) -> Iterator[Check]:
    slug = problem.slug
    result = grade_file(problem, wrong.path, sandbox, complexity=False, enough=wrong.settled)
    name = f"wrong/{wrong.verdict.name}/{wrong.path.name} gets {wrong.verdict.name}"
    detail = _summary(result) + (SETTLED if wrong.settled(result.cases) else "")
    if wrong.verdict is Verdict.TLE and result.verdict is not Verdict.TLE:
        # The figure a setter needs to choose a limit or a larger input.
        detail += f"; its slowest case {slowest_cpu(result):.3f} s CPU under a {problem.limits.time:g} s limit; {timing.describe()}"
    elif wrong.verdict is not Verdict.TLE:
        detail += headroom_note(result, problem.limits.time)
    yield Check(slug, name, result.verdict is wrong.verdict, detail)
    missing = wrong.unfailed(result.cases)
    if wrong.fails:
        detail = f"passed cases it must fail: {', '.join(missing)}" if missing else ""
        yield Check(slug, f"wrong/{wrong.verdict.name}/{wrong.path.name} fails {', '.join(wrong.fails)}", not missing, detail)


def _entry_points(problem: Problem) -> Check:
    """Each [[entry]] (and each method of a class entry) is defined by the reference."""
    name = "reference defines the entry points"
    try:
        module = import_reference(problem.reference, problem.slug)
    except Exception as exc:  # noqa: BLE001 - the setter's code: any fault is a failed check, not a crash
        return Check(problem.slug, name, False, f"reference/{problem.filename} does not import: {type(exc).__name__}: {exc}")
    missing = []
    for entry in problem.entries:
        defined = getattr(module, entry.name, None)
        if defined is None or (entry.kind == "class") != isinstance(defined, type) or not callable(defined):
            missing.append(f"{entry.kind} {entry.name}")
            continue
        missing += [f"method {entry.name}.{m.name}" for m in entry.methods if not callable(getattr(defined, m.name, None))]
    detail = f"reference/{problem.filename} does not define {', '.join(missing)} (named in problem.toml [[entry]])" if missing else ""
    return Check(problem.slug, name, not missing, detail)


def _case_names(problem: Problem, reference: SubmissionResult) -> Iterator[Check]:
    names = {c.name.split("[", 1)[0] for c in reference.cases if c.visibility == "hidden"}
    unknown = sorted(set(problem.cases) - names)
    yield Check(problem.slug, "[cases] name hidden tests", not unknown, f"no such hidden test: {', '.join(unknown)}" if unknown else "")
    bare = sorted({c.name for c in reference.cases if c.visibility == "hidden" and not problem.case_info(c.name).category})
    yield Check(problem.slug, "hidden cases have categories", not bare, f"no category: {', '.join(bare)}" if bare else "")


def _statement_examples(problem: Problem) -> Check:
    text = problem.statement.read_text(encoding="utf-8")
    blocks = CODE_BLOCK.findall(text)
    parser = doctest.DocTestParser()
    try:
        examples = [e for block in blocks for e in parser.get_examples(block)]
    except ValueError as exc:  # a malformed `>>>` line
        return Check(problem.slug, "statement examples hold", False, f"statement.md: {exc}")
    if not examples:
        return Check(problem.slug, "statement examples hold", False, "statement.md has no `>>>` examples in ```python blocks")
    try:
        module = import_reference(problem.reference, problem.slug)
    except Exception as exc:  # noqa: BLE001 - reported by the entry-point check too; here, the examples cannot run
        return Check(problem.slug, "statement examples hold", False, f"not run: the reference does not import ({type(exc).__name__})")
    names = {**vars(testing_helpers), **vars(module)}  # tree([...]), linked([...]) read well in examples
    test = doctest.DocTest(examples, names, f"{problem.slug}/statement.md", str(problem.statement), 0, None)
    failures: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test, out=failures.append)
    detail = failures[0].strip().splitlines()[-1] if failures else f"{len(examples)} examples"
    return Check(problem.slug, "statement examples hold", not failures, detail)


def _summary(result: SubmissionResult) -> str:
    bad = [c for c in result.cases if c.verdict is not Verdict.AC]
    first = (
        f"; first failure: {bad[0].name} {bad[0].verdict.name}: {bad[0].message.splitlines()[0] if bad[0].message else ''}" if bad else ""
    )
    message = f": {result.message}" if result.message else ""
    return f"{result.verdict.name} {result.score:.0%}{message}{first}"
