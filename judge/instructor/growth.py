"""The ladder in `judge validate`: the reference against itself must grow the
same (the generator and the setter's label agree), every solution in
wrong/TLE/ must grow worse (it is slow for its class, not by a constant), and
a wrong solution with a `# complexity: worse|same` line must get that hint
(wrong/AC/: correct, but slower than the statement's bound)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from judge.complexity.verdict import ComplexityResult
from judge.grading.grade import growth_against_reference
from judge.instructor.check import Check
from judge.languages.base import Language
from judge.problem.model import Problem, WrongSolution
from judge.sandbox.base import Sandbox
from judge.verdicts import Verdict

# A ladder that cannot tell (CPU time on a loaded machine) is measured again,
# up to twice; one that tells the wrong thing is not: "same" for a wrong/TLE
# stays a failure.  Twice: on a 2-core VM running the test suite, one Go
# quadratic ladder in eight came out inconclusive (a whole top point slowed
# by half in both careful rounds it then had), and CI judges hundreds of ladders.
MEASUREMENTS = 3


def growth_checks(problem: Problem, wrong: list[WrongSolution], sandbox: Sandbox) -> Iterator[Check]:
    if problem.ladder is None:
        yield Check(problem.slug, "ladder", True, "no [ladder] in problem.toml: growth is not measured for this problem")
        return
    yield _expect(problem, sandbox, "ladder: the reference grows like itself", problem.reference, "same")
    for solution in wrong:
        # wrong/TLE/ is slow for its class; wrong/AC/ says so with `# complexity: worse`.
        wanted = solution.growth or ("worse" if solution.verdict is Verdict.TLE else None)
        if wanted is not None:
            name = f"ladder: wrong/{solution.verdict.name}/{solution.path.name} grows {'worse' if wanted == 'worse' else 'the same'}"
            yield _expect(problem, sandbox, name, solution.path, wanted)


def _expect(problem: Problem, sandbox: Sandbox, name: str, path: Path, wanted: str) -> Check:
    try:
        source = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError) as exc:
        return Check(problem.slug, name, False, f"{path.name}: {exc}")
    try:
        result = measured_growth(problem, source, sandbox)
    except NotImplementedError as exc:
        return Check(problem.slug, name, True, f"skipped: the ladder engine does not take this entry yet ({exc})")
    except Exception as exc:  # noqa: BLE001 - the setter's generator is arbitrary code: its fault is a failed check
        return Check(problem.slug, name, False, f"the ladder did not run: {type(exc).__name__}: {exc} (generator.py?)")
    detail = f"{result.verdict}: {result.message}"
    return Check(problem.slug, name, result.verdict == wanted, detail, {"growth": result.verdict})


def measured_growth(problem: Problem, source: str, sandbox: Sandbox, language: Language | None = None) -> ComplexityResult:
    """The ladder's hint for a solution the setter wrote, measured again while it is inconclusive."""
    result = growth_against_reference(problem, source, sandbox, language)
    for _ in range(MEASUREMENTS - 1):
        if result.verdict != "inconclusive":
            break
        result = growth_against_reference(problem, source, sandbox, language)
    return result
