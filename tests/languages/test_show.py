"""Calls and values in each language's terms: the data is tests/languages/show/<language>.toml;
then, per language, a wrong solution's counterexample through the CLI reads in its language."""

from __future__ import annotations

import ast
import math
import tomllib
from pathlib import Path
from typing import Any

import pytest

from judge import languages
from judge.languages.notation import Call
from judge.languages.types import parse
from judge.problem.model import Signature
from judge.testing import linked, tree
from tests.cli_support import SANDBOXES, judge, usable
from tests.toolchains import image_or_skip, toolchain_or_skip

DATA = Path(__file__).parent / "show"
ROOT = Path(__file__).parents[2]
NAMES = {"tree": tree, "linked": linked, "inf": math.inf, "nan": math.nan, "__builtins__": {}}


def cases() -> list[Any]:
    found = []
    for path in sorted(DATA.glob("*.toml")):
        for kind, rows in tomllib.loads(path.read_text()).items():
            found += [pytest.param(path.stem, kind, row, id=f"{path.stem}-{kind}-{n}") for n, row in enumerate(rows, 1)]
    return found


def evaluate(text: str) -> Any:
    return eval(text, dict(NAMES))  # the test data's own expressions (trees, lists)


def signature(text: str) -> Signature:
    func = ast.parse(f"def {text}: pass").body[0]
    assert isinstance(func, ast.FunctionDef)
    names = tuple(a.arg for a in func.args.args if a.arg != "self")
    return Signature(func.name, text, names, ast.unparse(func.returns) if func.returns else None)


def shown(language: str, kind: str, row: dict[str, Any]) -> str:
    notation = languages.get(language).notation()
    if kind in ("value", "result"):
        return notation.value(evaluate(row["value"]), parse(row["type"]), result=kind == "result")
    if kind == "declare":
        return notation.declare(notation.variable(row["type"], row["number"]), row["type"], row["expression"])
    sig = signature(row["signature"])
    args, kwargs = evaluate(f"({row['args']},)" if row["args"] else "()"), evaluate(row.get("kwargs", "{}"))
    spelled = row.get("spelled", "")
    if kind == "call":
        return notation.call(Call(sig.name, None, args, kwargs, sig, spelled=spelled))
    if kind == "construct":
        return notation.call(Call(sig.name, None, args, kwargs, sig, construct=True, spelled=spelled))
    assert kind == "method", f"unknown table [[{kind}]]"
    return notation.call(Call(row["owner"], sig.name, args, kwargs, sig, receiver=row["receiver"], spelled=spelled))


@pytest.mark.parametrize(("language", "kind", "row"), cases())
def test_shows(language: str, kind: str, row: dict[str, Any]) -> None:
    assert shown(language, kind, row) == row["shows"]


def test_every_language_has_its_data() -> None:
    assert sorted(p.stem for p in DATA.glob("*.toml")) == sorted(language.name for language in languages.LANGUAGES)


def test_a_long_list_is_cut_as_pythons_display_cuts_it() -> None:
    text = languages.get("java").notation().value(list(range(100)), parse("list[int]"))
    assert text.startswith("new int[]{0, 1, 2,") and text.endswith("59, ...}")


# -- through the CLI: a wrong two-sum's smallest failing input, in its language --------------------

COUNTEREXAMPLES = {
    "java": ("skips_negatives.java", "new Solution().twoSum(new int[]{", "expected: new int[]{0, 1}"),
    "cpp": ("pairs_with_itself.cpp", "Solution().twoSum({", "expected: {}"),
    "go": ("skips_negatives.go", "twoSum([]int{", "expected: []int{0, 1}"),
    "javascript": ("skips_negatives.js", "twoSum([", "expected: [0, 1]"),
}


@pytest.mark.parametrize("sandbox", SANDBOXES)
@pytest.mark.parametrize("language", sorted(COUNTEREXAMPLES))
def test_the_counterexample_reads_in_the_submissions_language(language: str, sandbox: str) -> None:
    chosen = languages.get(language)
    if usable(sandbox) == "local":
        toolchain_or_skip(chosen)
    else:
        image_or_skip(chosen)
    name, call, expected = COUNTEREXAMPLES[language]
    wrong = ROOT / "problems" / "two-sum" / "wrong" / "WA" / name
    result = judge("submit", "--sandbox", sandbox, "--no-complexity", "two-sum", wrong)
    assert result.exit_code == 1, result.output
    block = result.output.split("Smallest failing input", 1)[1].splitlines()
    assert block[1].strip().startswith(call), result.output
    assert expected in result.output
    assert "two_sum(nums=" not in result.output  # no Python left in the report


def test_lists_inside_arrays_are_cut_too() -> None:
    text = languages.get("java").notation().value([[1]] * 100, parse("list[list[int]]"))
    assert text.startswith("new int[][]{{1}, {1},") and text.endswith("{1}, ...}")


REVERSED = "var twoSum = function(nums, target) { return [1, 0]; };\n"


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_failed_visible_case_restates_the_call_in_javascript(sandbox: str, tmp_path: Path) -> None:
    javascript = languages.get("javascript")
    if usable(sandbox) == "local":
        toolchain_or_skip(javascript)
    else:
        image_or_skip(javascript)
    source = tmp_path / "solution.js"
    source.write_text(REVERSED)
    result = judge("test", "--sandbox", sandbox, "two-sum", source)
    assert result.exit_code == 1, result.output
    assert "twoSum([3, 3], 6) returned [1, 0]; expected [0, 1]" in result.output  # the test's line above it stays Python


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_judge_run_shows_a_go_class_problem_as_leetcode_go(sandbox: str) -> None:
    go = languages.get("go")
    if usable(sandbox) == "local":
        toolchain_or_skip(go)
    else:
        image_or_skip(go)
    wrong = ROOT / "problems" / "lru-cache" / "wrong" / "WA" / "get_does_not_refresh.go"
    operations = '["LRUCache","put","put","get","put","get"] [[2],[1,1],[2,2],[1],[3,3],[2]]'
    result = judge("run", "--sandbox", sandbox, "lru-cache", wrong, "--input", operations)
    assert result.exit_code == 1, result.output
    lines = [line.strip() for line in result.output.splitlines()]
    assert "obj := Constructor(2)" in lines
    assert "obj.Put(1, 1)  ->  (no result)" in lines
    assert "obj.Get(2)  ->  2" in lines
    assert "the reference: -1" in lines  # the reference's answer written the same way
