"""Every problem with C++ solutions, proved as `judge validate --lang cpp` proves it, on both
sandboxes: reference/solution.cpp accepted, the generated starter rejected, each
wrong/<VERDICT>/*.cpp with its verdict and its `// fails:` cases, the ladder's hints."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.languages.validate import validate_language
from judge.problem.loader import load_problem, wrong_solutions
from judge.sandbox import choose
from tests.conftest import BANK
from tests.languages.test_cpp import CPP, needs_cpp
from tests.toolchains import bank_sandboxes

PROBLEMS = sorted(p for p in BANK.iterdir() if (p / "reference" / "solution.cpp").is_file())


def test_the_first_problems_have_cpp_solutions() -> None:
    wanted = {"two-sum", "alien-dictionary", "clone-binary-tree", "count-inversions", "longest-unique-substring", "lru-cache"}
    wanted |= {"path-sum-k", "subset-sum"}
    wanted |= {"min-stack", "implement-trie", "coin-change", "kth-largest-element", "top-k-frequent-words", "course-schedule"}
    wanted |= {"word-break", "number-of-islands", "validate-bst"}
    assert wanted <= {p.name for p in PROBLEMS}


@pytest.mark.parametrize("kind", bank_sandboxes())
@pytest.mark.parametrize("folder", PROBLEMS, ids=[p.name for p in PROBLEMS])
def test_cpp_solutions_validate(folder: Path, kind: str) -> None:
    problem = load_problem(folder)
    sandbox = choose(needs_cpp(kind), CPP)
    try:
        checks = validate_language(problem, sandbox, CPP, lambda check: None)
    finally:
        sandbox.close()
    failed = [f"{c.name}: {c.detail}" for c in checks if not c.ok]
    assert not failed, f"{problem.slug}: {len(failed)} failed checks\n  " + "\n  ".join(failed)
    names = [c.name for c in checks]
    assert "reference/solution.cpp is accepted" in names and "cpp starter loads and is rejected" in names
    wrong = wrong_solutions(problem, ".cpp")
    assert wrong, f"{problem.slug} has no wrong/*/*.cpp"
    for solution in wrong:
        assert f"wrong/{solution.verdict.name}/{solution.path.name} gets {solution.verdict.name}" in names
