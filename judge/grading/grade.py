"""Grading: a submission's source against a problem's tests, in a sandbox."""

from __future__ import annotations

import contextlib
import io
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from judge import languages, resources
from judge.complexity.ladder import LadderConfig
from judge.complexity.run import compare, load_generator
from judge.complexity.verdict import ComplexityResult
from judge.grading.collection import collection_case
from judge.grading.plugin import JudgePlugin
from judge.grading.submission import Submission
from judge.languages import Language
from judge.outcomes import CaseOver
from judge.problem.model import Problem
from judge.programs.grade import grade_program
from judge.reporters.base import Reporter
from judge.results import CaseResult, SubmissionResult
from judge.sandbox.base import Sandbox
from judge.sources import MAX_SOURCE_BYTES, SourceRejected, read_source  # noqa: F401 - MAX_SOURCE_BYTES: re-exported
from judge.verdicts import Verdict, worst

# Growth is measured for accepted submissions (a hint) and for time-outs (why).
COMPLEXITY_VERDICTS = (Verdict.AC, Verdict.TLE)


def grade(
    problem: Problem,
    source: str,
    sandbox: Sandbox,
    *,
    hidden: bool = True,
    reporter: Reporter | None = None,
    complexity: bool = True,
    filename: str | None = None,
    language: Language | None = None,
    enough: Callable[[Sequence[CaseResult]], bool] | None = None,
) -> SubmissionResult:
    """`filename` is what errors call the source (the candidate's own file name); default the problem's.
    `language`: the source's (default Python).  `enough`: whether the cases so far answer what the
    grading is for (validation's question of a wrong solution): the rest are not run (a program's
    data cases all run)."""
    reporter = reporter or Reporter()
    if problem.kind == "io":  # a program on data files: a path of its own, the same results
        return grade_program(problem, source, sandbox, hidden=hidden, reporter=reporter, filename=filename)
    mode = "submit" if hidden else "test"
    started = time.monotonic()
    info = sandbox.describe()
    reporter.start(problem, info, mode)
    submission = Submission(problem, source, sandbox, filename, language)
    try:
        result = _run(problem, submission, hidden, reporter, enough or _all_cases)
    finally:
        submission.close()
    extra: dict[str, Any] = {}
    if submission.aliases:
        extra["entry_points"] = dict(submission.aliases)  # graded LeetCode style, said once in the report
    sandbox_info = {**info, "python": submission.python or info.get("python")}
    result = replace(result, sandbox=sandbox_info, mode=mode, duration=time.monotonic() - started, extra=extra)
    if complexity and hidden and result.verdict in COMPLEXITY_VERDICTS and problem.ladder is not None:
        # The verdict is final before growth is measured (seconds more): it is told at once.
        reporter.verdict(result)
        extra = {**extra, **measure_growth(problem, source, sandbox, reporter, language)}
        result = replace(result, duration=time.monotonic() - started, extra=extra)
    reporter.finish(result)
    return result


def measure_growth(problem: Problem, source: str, sandbox: Sandbox, reporter: Reporter, language: Language | None = None) -> dict[str, Any]:
    """The complexity hint for the result's extras.  Ctrl-C here skips the
    hint, not the verdict: the cases are judged already."""
    try:
        with reporter.measuring():
            return {"complexity": growth_against_reference(problem, source, sandbox, language).to_json()}
    except KeyboardInterrupt:
        return {"complexity_skipped": "interrupted"}


def growth_against_reference(problem: Problem, source: str, sandbox: Sandbox, language: Language | None = None) -> ComplexityResult:
    """The complexity hint: the submission's growth against the reference's, on the ladder."""
    ladder = problem.ladder
    assert ladder is not None and problem.complexity is not None
    config = LadderConfig(ladder.entry, problem.complexity, ladder.min_n, ladder.max_n, seed=problem.slug, replay=ladder.replay)
    make_input = load_generator(problem.generator)
    own = problem.root / "reference" / language.source_name(problem.module) if language is not None else problem.reference
    paired = language is not None and language.name != "python" and own.is_file()  # the same runtime on both sides
    reference = (own if paired else problem.reference).read_text(encoding="utf-8")
    fields = language.load_fields(problem) if language is not None else None
    return compare(source, reference, make_input, config, sandbox, problem.limits, language, fields, paired)


def grade_file(
    problem: Problem,
    path: Path,
    sandbox: Sandbox,
    *,
    hidden: bool = True,
    reporter: Reporter | None = None,
    complexity: bool = True,
    language: Language | None = None,
    enough: Callable[[Sequence[CaseResult]], bool] | None = None,
) -> SubmissionResult:
    """`grade` for a file, in `language` (default: by its extension); a source the judge cannot send is judged CE."""
    try:
        source = read_source(path)
    except SourceRejected as exc:
        reporter = reporter or Reporter()
        mode = "submit" if hidden else "test"
        reporter.start(problem, sandbox.describe(), mode)
        result = SubmissionResult(problem.slug, Verdict.CE, sandbox.describe(), message=str(exc), mode=mode)
        reporter.finish(result)
        return result
    language = language or languages.for_file(path)
    return grade(
        problem,
        source,
        sandbox,
        hidden=hidden,
        reporter=reporter,
        complexity=complexity,
        filename=path.name,
        language=language,
        enough=enough,
    )


def _all_cases(cases: Sequence[CaseResult]) -> bool:
    return False


def _run(
    problem: Problem, submission: Submission, hidden: bool, reporter: Reporter, enough: Callable[[Sequence[CaseResult]], bool]
) -> SubmissionResult:
    info = submission.sandbox.describe()
    submission.start_probe()  # the load overlaps pytest's start and collection
    plugin = JudgePlugin(submission, reporter.case, enough)
    paths = [problem.tests_dir] + ([problem.hidden_dir] if hidden and problem.has_hidden else [])
    code, log = run_pytest(problem, paths, plugin)
    try:
        submission.probed()  # a submission that did not load ran no case: its fault is the verdict
    except CaseOver as fault:
        return SubmissionResult(problem.slug, fault.verdict, info, message=fault.message)
    missing = submission.module.missing
    cases = list(plugin.results) + [collection_case(error, missing, problem.module) for error in plugin.collection_errors]
    if not cases or code in (pytest.ExitCode.INTERNAL_ERROR, pytest.ExitCode.USAGE_ERROR):
        tail = " | ".join(log.strip().splitlines()[-3:])
        return SubmissionResult(
            problem.slug, Verdict.IE, info, tuple(cases), message=f"the tests did not run (pytest exit {int(code)}): {tail}"
        )
    return SubmissionResult(problem.slug, worst(c.verdict for c in cases), info, tuple(cases))


def run_pytest(problem: Problem, paths: list[Path], plugin: JudgePlugin) -> tuple[int | pytest.ExitCode, str]:
    args = [
        *map(str, paths),
        "-c", os.devnull,  # the problem's tests only: no ini or addopts from wherever we run
        "--rootdir", str(problem.root),
        "--confcutdir", str(problem.root),  # no conftest.py from the folders around the bank
        "--import-mode=importlib",  # every problem has a tests/test_*.py: no module name clashes
        "--continue-on-collection-errors",  # a file that fails to import is that file's result, not the end
        "--capture=sys",
        "-p", "no:cacheprovider",
        "-p", "no:threadexception",  # see _quiet_threads
        # Not used in grading, and not free: unraisableexception runs gc.collect
        # five times when the session ends (tens of milliseconds per submission).
        "-p", "no:unraisableexception", "-p", "no:doctest", "-p", "no:junitxml", "-p", "no:pastebin", "-p", "no:stepwise",
        "-p", "_hypothesis_pytestplugin",
        "-q",
    ]  # fmt: skip
    log = io.StringIO()
    try:
        with (
            _grading_environment(),
            _quiet_threads(),
            _importable(paths),
            cached_test_bytecode(),
            contextlib.redirect_stdout(log),
            contextlib.redirect_stderr(log),
        ):
            code = pytest.main(args, plugins=[plugin])
    finally:
        forget_modules_under(problem.root)
    if code == pytest.ExitCode.INTERRUPTED:
        raise KeyboardInterrupt  # a partial run is no verdict; the caller's cleanup runs on the way out
    return code, log.getvalue()


@contextlib.contextmanager
def _importable(folders: list[Path]) -> Iterator[None]:
    """Helper modules beside the tests import as they would under plain pytest
    (importlib mode adds no folder to sys.path); forgotten afterwards with the
    test modules."""
    added = [str(folder) for folder in folders if str(folder) not in sys.path]
    sys.path[:0] = added
    try:
        yield
    finally:
        for folder in added:
            with contextlib.suppress(ValueError):
                sys.path.remove(folder)


@contextlib.contextmanager
def cached_test_bytecode() -> Iterator[None]:
    """pytest rewrites a test file's asserts before it runs it, and keeps
    the result as bytecode beside the file, unless told not to write any
    (PYTHONDONTWRITEBYTECODE) or the bank is read-only: then every grading
    parses and rewrites every test file again (tens of milliseconds).  The
    judge's own cache folder takes that bytecode instead: nothing is written
    into the bank, and a changed test file is rewritten (pytest checks its
    size and time).  Imports made meanwhile keep theirs there too."""
    folder = resources.cache_root() / "bytecode"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        yield  # nowhere to keep it: rewritten every time, as before
        return
    saved = sys.pycache_prefix, sys.dont_write_bytecode
    sys.pycache_prefix, sys.dont_write_bytecode = str(folder), False
    try:
        yield
    finally:
        sys.pycache_prefix, sys.dont_write_bytecode = saved


def forget_modules_under(root: Path) -> None:
    """Test modules bind the submission at import (`from solution import f`):
    the next grading in this process must import them afresh."""
    prefix = str(root) + os.sep
    for name, module in list(sys.modules.items()):
        if str(getattr(module, "__file__", None) or "").startswith(prefix):
            del sys.modules[name]


# The environment pytest sees while it grades, so that grading costs and says
# the same wherever it runs.  Only the plugins the judge names load, whatever
# else is installed or named in PYTEST_PLUGINS; no PYTEST_ADDOPTS (-x would
# lose cases, -vv would diff whole values); no colour codes in messages.  And
# no CI markers: on CI, pytest stops truncating assertion explanations and
# diffs whole values with difflib, whose cost grows with the square of what a
# submission returns (wrong answers of a few hundred lines took an hour).
GRADING_ENVIRONMENT: dict[str, str | None] = {
    "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    "PYTEST_PLUGINS": None,
    "PYTEST_ADDOPTS": None,
    "PYTEST_DEBUG": None,
    "PY_COLORS": "0",
    "CI": None,
    "BUILD_NUMBER": None,
}


@contextlib.contextmanager
def _grading_environment() -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in GRADING_ENVIRONMENT}
    _set_environment(GRADING_ENVIRONMENT)
    try:
        yield
    finally:
        _set_environment(saved)


@contextlib.contextmanager
def _quiet_threads() -> Iterator[None]:
    """A test thread that dies (a call it made ended the case) is not
    reported: what ended the case is already its verdict.  And formatting its
    traceback there would run CPython 3.11's `ast` (the traceback's carets) in
    that thread while pytest parses a failure's source in the main one: their
    shared recursion counter then fails pytest itself ("AST constructor
    recursion depth mismatch"), an IE for a TLE."""
    saved = threading.excepthook
    threading.excepthook = lambda args: None
    try:
        yield
    finally:
        threading.excepthook = saved


def _set_environment(values: dict[str, str | None]) -> None:
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
