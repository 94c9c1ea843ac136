"""`judge validate --lang L`: prove a problem's solutions in another language.

The tests, statement and Python reference are proven by plain `judge validate`;
here the language's own files are: `reference/<module><ext>` is accepted, the
starter made from the signatures loads and is rejected, each
`wrong/<VERDICT>/*<ext>` gets its verdict and fails the cases its
`// fails:` line names, and on the ladder (CPU time against the reference in the
same language) the reference does not grow differently from itself and each
wrong/TLE (or `// complexity:`) solution gets its hint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from judge.errors import ProblemFormatError
from judge.grading.grade import grade, grade_file
from judge.instructor.calibrate import headroom_note
from judge.instructor.check import SETTLED, Check
from judge.instructor.growth import measured_growth
from judge.languages.base import Language
from judge.problem.loader import wrong_solutions
from judge.problem.model import Problem, WrongSolution
from judge.results import SubmissionResult
from judge.sandbox.base import Sandbox
from judge.verdicts import Verdict


def reference_path(problem: Problem, language: Language) -> Path:
    return problem.root / "reference" / language.source_name(problem.module)


def validate_language(problem: Problem, sandbox: Sandbox, language: Language, on_check: Callable[[Check], None]) -> list[Check]:
    checks = []
    for check in _checks(problem, sandbox, language):
        on_check(check)
        checks.append(check)
    return checks


def _checks(problem: Problem, sandbox: Sandbox, language: Language) -> Iterator[Check]:
    slug, name = problem.slug, language.name
    missing = language.unmapped(problem)
    if missing:
        yield Check(slug, f"{name} can solve it", False, f"no {name} spelling for {', '.join(missing[:3])}")
        return
    reference = reference_path(problem, language)
    if not reference.is_file():
        yield Check(slug, f"reference/{reference.name} is accepted", False, f"missing: {reference}")
        return
    result = grade_file(problem, reference, sandbox, complexity=False, language=language)
    yield Check(slug, f"reference/{reference.name} is accepted", result.accepted, _summary(result))
    starter = grade(problem, language.starter(problem), sandbox, complexity=False, language=language)
    rejected = starter.verdict not in (Verdict.AC, Verdict.CE, Verdict.IE)
    yield Check(slug, f"{name} starter loads and is rejected", rejected, _summary(starter))
    try:
        wrong = wrong_solutions(problem, language.extensions[0])
    except ProblemFormatError as exc:
        yield Check(slug, "wrong/ folders name verdicts", False, str(exc))
        wrong = []
    for solution in wrong:
        yield from _wrong(problem, solution, sandbox, language)
    if problem.ladder is not None:
        # CPU time alone (no work count outside Python) is often too noisy to say "same" with
        # confidence: the reference must not look different from itself, which would mean a bad generator.
        label = f"ladder: reference/{reference.name} does not grow differently from itself"
        yield _growth(problem, sandbox, language, label, reference, "same", also=("inconclusive",))
        for solution in wrong:
            wanted = solution.growth or ("worse" if solution.verdict is Verdict.TLE else None)
            if wanted is not None:
                label = f"ladder: wrong/{solution.verdict.name}/{solution.path.name} grows {'worse' if wanted == 'worse' else 'the same'}"
                yield _growth(problem, sandbox, language, label, solution.path, wanted)


def _wrong(problem: Problem, solution: WrongSolution, sandbox: Sandbox, language: Language) -> Iterator[Check]:
    verdict = solution.verdict.name
    result = grade_file(problem, solution.path, sandbox, complexity=False, language=language, enough=solution.settled)
    detail = _summary(result) + (SETTLED if solution.settled(result.cases) else "")
    if solution.verdict is not Verdict.TLE:
        detail += headroom_note(result, problem.limits.time)
    yield Check(problem.slug, f"wrong/{verdict}/{solution.path.name} gets {verdict}", result.verdict is solution.verdict, detail)
    if solution.fails:
        passed = solution.unfailed(result.cases)
        detail = f"passed cases it must fail: {', '.join(passed)}" if passed else ""
        yield Check(problem.slug, f"wrong/{verdict}/{solution.path.name} fails {', '.join(solution.fails)}", not passed, detail)


def _growth(
    problem: Problem, sandbox: Sandbox, language: Language, name: str, path: Path, wanted: str, also: tuple[str, ...] = ()
) -> Check:
    try:
        result = measured_growth(problem, path.read_text(encoding="utf-8"), sandbox, language)
    except Exception as exc:  # noqa: BLE001 - the setter's generator is arbitrary code: its fault is a failed check
        return Check(problem.slug, name, False, f"the ladder did not run: {type(exc).__name__}: {exc}")
    ok = result.verdict == wanted or result.verdict in also
    return Check(problem.slug, name, ok, f"{result.verdict}: {result.message}", {"growth": result.verdict})


def _summary(result: SubmissionResult) -> str:
    bad = [c for c in result.cases if c.verdict is not Verdict.AC]
    first = f"; first failure: {bad[0].name} {bad[0].verdict.name}: {next(iter((bad[0].message or '').splitlines()), '')}" if bad else ""
    message = f": {result.message}" if result.message else ""
    return f"{result.verdict.name} {result.score:.0%}{message}{first}"
