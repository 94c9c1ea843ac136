"""Every problem with Go solutions, proved as `judge validate --lang go` proves it, on both
sandboxes: reference/solution.go accepted, the generated starter rejected, each
wrong/<VERDICT>/*.go with its verdict and its `// fails:` cases, the ladder's hints."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.languages.validate import validate_language
from judge.problem.loader import load_problem, wrong_solutions
from judge.sandbox import choose
from tests.conftest import BANK
from tests.languages.test_golang import GO, needs_go
from tests.toolchains import bank_sandboxes

PROBLEMS = sorted(p for p in BANK.iterdir() if (p / "reference" / "solution.go").is_file())


def test_the_first_problems_have_go_solutions() -> None:
    wanted = {"two-sum", "valid-parentheses", "merge-intervals", "lru-cache", "reverse-linked-list", "binary-tree-level-order"}
    assert wanted <= {p.name for p in PROBLEMS}


@pytest.mark.parametrize("kind", bank_sandboxes())
@pytest.mark.parametrize("folder", PROBLEMS, ids=[p.name for p in PROBLEMS])
def test_go_solutions_validate(folder: Path, kind: str) -> None:
    problem = load_problem(folder)
    sandbox = choose(needs_go(kind), GO)
    try:
        checks = validate_language(problem, sandbox, GO, lambda check: None)
    finally:
        sandbox.close()
    failed = [f"{c.name}: {c.detail}" for c in checks if not c.ok]
    assert not failed, f"{problem.slug}: {len(failed)} failed checks\n  " + "\n  ".join(failed)
    names = [c.name for c in checks]
    assert "reference/solution.go is accepted" in names and "go starter loads and is rejected" in names
    wrong = wrong_solutions(problem, ".go")
    assert wrong, f"{problem.slug} has no wrong/*/*.go"
    for solution in wrong:
        assert f"wrong/{solution.verdict.name}/{solution.path.name} gets {solution.verdict.name}" in names
