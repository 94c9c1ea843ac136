"""`judge validate`: prove a problem before anyone sees it.

The reference passes every test, every wrong solution gets its declared
verdict and fails the cases it names, the starter loads but is not accepted,
every hidden case has a category, and the statement's examples hold for the
reference.
"""

from __future__ import annotations

import doctest
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from judge import testing as testing_helpers
from judge.grading.grade import grade_file
from judge.grading.plugin import import_reference
from judge.problem.loader import wrong_solutions
from judge.problem.model import Problem
from judge.results import SubmissionResult
from judge.sandbox.base import Sandbox
from judge.verdicts import Verdict

CODE_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


@dataclass(frozen=True)
class Check:
    problem: str
    name: str
    ok: bool
    detail: str = ""


def validate(problem: Problem, sandbox: Sandbox, on_check: Callable[[Check], None] = lambda c: None) -> list[Check]:
    checks = []
    for check in _checks(problem, sandbox):
        on_check(check)
        checks.append(check)
    return checks


def _checks(problem: Problem, sandbox: Sandbox) -> Iterator[Check]:
    slug = problem.slug
    if not problem.has_hidden:
        yield Check(slug, "hidden tests", False, "no hidden/ folder: a public pack cannot be validated")
        return
    yield _statement_examples(problem)
    reference = grade_file(problem, problem.reference, sandbox, complexity=False)
    yield Check(slug, "reference is accepted", reference.accepted, _summary(reference))
    yield from _case_names(problem, reference)
    starter = grade_file(problem, problem.starter, sandbox, complexity=False)
    rejected = starter.verdict not in (Verdict.AC, Verdict.CE, Verdict.IE)
    yield Check(slug, "starter loads and is rejected", rejected, _summary(starter))
    for wrong in wrong_solutions(problem):
        measured = wrong.growth is not None and problem.ladder is not None
        result = grade_file(problem, wrong.path, sandbox, complexity=measured)
        name = f"wrong/{wrong.verdict.name}/{wrong.path.name} gets {wrong.verdict.name}"
        yield Check(slug, name, result.verdict is wrong.verdict, _summary(result))
        if wrong.growth is not None:
            yield _growth_check(problem, wrong.path, wrong.verdict.name, wrong.growth, result)
        failed = {c.name.split("[", 1)[0] for c in result.cases if c.visibility == "hidden" and c.verdict is not Verdict.AC}
        missing = [case for case in wrong.fails if case not in failed]
        if wrong.fails:
            detail = f"passed cases it must fail: {', '.join(missing)}" if missing else ""
            yield Check(slug, f"wrong/{wrong.verdict.name}/{wrong.path.name} fails {', '.join(wrong.fails)}", not missing, detail)


def _growth_check(problem: Problem, path: Path, folder: str, wanted: str, result: SubmissionResult) -> Check:
    phrase = "grows faster than the reference" if wanted == "worse" else "grows like the reference"
    name = f"wrong/{folder}/{path.name} {phrase}"
    if problem.ladder is None:
        return Check(problem.slug, name, False, "declares `# complexity:` but the problem has no [ladder]")
    growth = result.extra.get("complexity")
    if not isinstance(growth, dict):
        return Check(problem.slug, name, False, f"no complexity hint was measured ({result.verdict.name})")
    return Check(problem.slug, name, growth.get("verdict") == wanted, str(growth.get("message", "")))


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
    examples = [e for block in blocks for e in parser.get_examples(block)]
    if not examples:
        return Check(problem.slug, "statement examples hold", False, "statement.md has no `>>>` examples in ```python blocks")
    module = import_reference(problem.reference, problem.slug)
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
