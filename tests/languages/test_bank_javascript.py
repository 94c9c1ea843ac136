"""Every problem with JavaScript solutions, proved as `judge validate --lang js` proves it,
on both sandboxes: reference/solution.js accepted, the generated starter rejected, each
wrong/<VERDICT>/*.js with its verdict and its `// fails:` cases, the ladder's hints."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.languages.validate import validate_language
from judge.problem.loader import load_problem, wrong_solutions
from tests.conftest import BANK
from tests.languages.support import JS, js_sandbox
from tests.toolchains import bank_sandboxes

PROBLEMS = sorted(p for p in BANK.iterdir() if (p / "reference" / "solution.js").is_file())


def test_the_first_problems_have_javascript_solutions() -> None:
    assert {"two-sum", "lru-cache", "reverse-linked-list", "binary-tree-level-order"} <= {p.name for p in PROBLEMS}


@pytest.mark.parametrize("kind", bank_sandboxes())
@pytest.mark.parametrize("folder", PROBLEMS, ids=[p.name for p in PROBLEMS])
def test_javascript_solutions_validate(folder: Path, kind: str) -> None:
    problem = load_problem(folder)
    sandbox = js_sandbox(kind)
    try:
        checks = validate_language(problem, sandbox, JS, lambda check: None)
    finally:
        sandbox.close()
    failed = [f"{c.name}: {c.detail}" for c in checks if not c.ok]
    assert not failed, f"{problem.slug}: {len(failed)} failed checks\n  " + "\n  ".join(failed)
    names = [c.name for c in checks]
    assert "reference/solution.js is accepted" in names and "javascript starter loads and is rejected" in names
    wrong = wrong_solutions(problem, ".js")
    assert wrong, f"{problem.slug} has no wrong/*/*.js"
    for solution in wrong:
        assert f"wrong/{solution.verdict.name}/{solution.path.name} gets {solution.verdict.name}" in names
