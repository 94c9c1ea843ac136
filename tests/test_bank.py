"""Every problem of the bank, proved: one test per folder of problems/ with a problem.toml.

The reference is accepted, every wrong/<VERDICT>/*.py gets VERDICT and fails the
cases on its `# fails:` line, the starter loads but is neither AC nor CE nor IE,
the statement's examples hold, and every hidden case has a category.  The bank
is read at collection time, so a problem added by anyone is tested on the next run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.problem.loader import load_problem, wrong_solutions
from judge.sandbox.local import LocalSandbox
from judge.validate import validate
from tests.conftest import BANK

PROBLEMS = sorted(p for p in BANK.iterdir() if (p / "problem.toml").is_file())


def test_the_bank_is_not_empty() -> None:
    assert any(p.name == "two-sum" for p in PROBLEMS)


@pytest.mark.parametrize("folder", PROBLEMS, ids=[p.name for p in PROBLEMS])
def test_problem_validates(folder: Path) -> None:
    problem = load_problem(folder)
    sandbox = LocalSandbox()
    try:
        checks = validate(problem, sandbox)
    finally:
        sandbox.close()
    failed = [f"{c.name}: {c.detail}" for c in checks if not c.ok]
    assert not failed, f"{problem.slug}: {len(failed)} failed checks\n  " + "\n  ".join(failed)

    # validate() must have looked at everything it promises to
    names = [c.name for c in checks]
    assert "reference is accepted" in names
    assert "starter loads and is rejected" in names
    assert "statement examples hold" in names
    for wrong in wrong_solutions(problem):
        assert f"wrong/{wrong.verdict.name}/{wrong.path.name} gets {wrong.verdict.name}" in names
        if wrong.fails:
            assert any(n.startswith(f"wrong/{wrong.verdict.name}/{wrong.path.name} fails ") for n in names)
