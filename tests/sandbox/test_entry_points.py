"""LeetCode habits: `class Solution` with camelCase methods, top-level camelCase
functions and camelCase methods are graded as the entry points; a missing
entry point names what the file does define and the nearest name.

Each file under entry_points/<slug>/ says on its first line what it must get:
`# expect: VERDICT | a line the report must contain`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_support import SANDBOXES, assert_no_traceback, judge, usable

HERE = Path(__file__).parent / "entry_points"
BANK = HERE / "bank"  # problems of its own (camelCase methods); the others come from the shipped bank
CASES = sorted(HERE.glob("*/*.py"))  # bank/<slug>/ is deeper


def expectation(path: Path) -> tuple[str, str]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    verdict, _, line = first.removeprefix("# expect:").partition("|")
    return verdict.strip(), line.strip()


@pytest.mark.parametrize("sandbox", SANDBOXES)
@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_entry_point_spelling(path: Path, sandbox: str) -> None:
    verdict, line = expectation(path)
    slug = path.parent.name
    bank = ["--problems", str(BANK)] if (BANK / slug).is_dir() else []
    result = judge(*bank, "test", slug, path, "--sandbox", usable(sandbox))
    assert_no_traceback(result, 0 if verdict == "AC" else 1)
    assert f" {verdict}  " in result.output, result.output
    assert any(line in shown for shown in result.output.splitlines()), result.output


def test_leetcode_spelling_is_said_once_in_json(tmp_path: Path) -> None:
    import json

    result = judge("test", "two-sum", HERE / "two-sum" / "solution_class.py", "--sandbox", "local", "--format", "json")
    assert_no_traceback(result, 0)
    assert json.loads(result.output)["entry_points"] == {"two_sum": "Solution.twoSum"}


def test_the_bank_problem_is_valid() -> None:
    result = judge("--problems", BANK, "validate", "hit-counter", "--sandbox", "local")
    assert_no_traceback(result, 0)
