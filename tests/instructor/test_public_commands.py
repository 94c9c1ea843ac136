"""`judge export --public` and `judge preview`: what candidates get, and nothing more."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from judge.cli import cli
from judge.instructor.export import without_table
from judge.instructor.preview import HiddenGroup, hidden_groups
from judge.problem.loader import load_problem
from tests.conftest import BROKEN_PROBLEMS, TESTS, TWO_SUM

REFERENCE = TWO_SUM / "reference" / "solution.py"
IO_PROBLEM = TESTS / "programs" / "problems" / "add"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], env={"JUDGE_PROBLEMS": None})


def files_under(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def test_export_leaves_the_private_parts_behind_and_keeps_categories(bank_copy: Path, tmp_path: Path) -> None:
    assert (bank_copy / "two-sum" / "generator.py").is_file()
    toml = bank_copy / "two-sum" / "problem.toml"
    toml.write_text(toml.read_text() + '\n[grading]\nhidden_visibility = "hidden"\n')
    pack = tmp_path / "pack"
    result = run("--problems", bank_copy, "export", "--public", pack)
    assert result.exit_code == 0, result.output
    assert "exported 2 problems" in result.output
    exported = files_under(pack / "two-sum")
    assert exported == {"problem.toml", "statement.md", "starter/solution.py", "tests/test_visible.py"}
    public = load_problem(pack / "two-sum")
    original = load_problem(bank_copy / "two-sum")
    assert public.cases == original.cases and public.cases["test_large_input"].points == 2
    assert public.ladder is None and original.ladder is not None and public.hidden_visibility == "hidden"
    assert not public.has_hidden


def test_an_exported_pack_tests_but_does_not_submit(bank_copy: Path, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    assert run("--problems", bank_copy, "export", "--public", pack).exit_code == 0
    tested = run("--problems", pack, "test", "two-sum", REFERENCE, "--sandbox", "local")
    assert tested.exit_code == 0, tested.output
    submitted = run("--problems", pack, "submit", "two-sum", REFERENCE, "--sandbox", "local")
    assert submitted.exit_code == 2
    (error,) = [line for line in submitted.output.splitlines() if line.startswith("Error:")]
    assert "no hidden tests here" in error
    previewed = run("--problems", pack, "preview", "two-sum")
    assert previewed.exit_code == 0 and "large input" in previewed.output


def test_export_skips_a_broken_problem_with_exit_2(bank_copy: Path, tmp_path: Path) -> None:
    import shutil

    shutil.copytree(BROKEN_PROBLEMS / "missing_statement", bank_copy / "broken-one")
    result = run("--problems", bank_copy, "export", "--public", tmp_path / "pack")
    assert result.exit_code == 2
    assert "skipped a broken problem" in result.stderr and "broken-one" in result.stderr
    assert sorted(p.name for p in (tmp_path / "pack").iterdir()) == ["add-one", "two-sum"]


@pytest.mark.parametrize("where", ["non-empty", "inside"])
def test_export_refuses_to_overwrite_or_nest(bank_copy: Path, tmp_path: Path, where: str) -> None:
    target = tmp_path / "pack" if where == "non-empty" else bank_copy / "public"
    if where == "non-empty":
        target.mkdir()
        (target / "keep.txt").write_text("mine")
    result = run("--problems", bank_copy, "export", "--public", target)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert len([line for line in result.output.splitlines() if line.startswith("Error:")]) == 1


def test_without_table_drops_one_table_and_its_subtables_only() -> None:
    text = 'a = 1\n[ladder]\nmin_n = 2\n\n[ladder.extra]\nx = 1\n[limits] # keep\ntime = 1\n[[entry]]\nfunction = "f()"\n'
    assert without_table(text, "ladder") == 'a = 1\n[limits] # keep\ntime = 1\n[[entry]]\nfunction = "f()"\n'


def test_preview_shows_categories_and_points_never_hidden_names(bank_copy: Path) -> None:
    result = run("--problems", bank_copy, "preview", "two-sum")
    assert result.exit_code == 0, result.output
    assert "Two Sum" in result.output and "def two_sum" in result.output and "test_first_example" in result.output
    assert "no pair exists" in result.output and "random inputs" in result.output
    hidden_names = [line for line in (TWO_SUM / "hidden" / "test_hidden.py").read_text().splitlines() if line.startswith("def test_")]
    for line in hidden_names:
        name = line[4:].split("(")[0]
        if name not in (TWO_SUM / "tests" / "test_visible.py").read_text():
            assert name not in result.output


def test_hidden_groups_from_tests_or_from_cases(tmp_path: Path) -> None:
    two_sum = load_problem(TWO_SUM)
    groups = {g.category: g for g in hidden_groups(two_sum)}
    assert groups["large input"] == HiddenGroup("large input", 1, 2.0)
    assert groups["random inputs"].points == 3.0
    assert sum(g.cases for g in groups.values()) == 8


def test_an_io_problem_exports_its_samples_but_not_its_secret_data(tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    shutil.copytree(IO_PROBLEM, bank / "add")
    (bank / "add" / "waiting" / "accepted").mkdir(parents=True)
    (bank / "add" / "waiting" / "accepted" / "add.cc").write_text("int main() {}\n")
    result = run("--problems", bank, "export", "--public", tmp_path / "pack")
    assert result.exit_code == 0, result.output
    exported = files_under(tmp_path / "pack" / "add")
    assert exported == {"problem.toml", "statement.md", "starter/solution.py", "data/sample/1.in", "data/sample/1.ans"}


def test_an_io_problems_hidden_groups_are_its_secret_data_by_category() -> None:
    groups = hidden_groups(load_problem(IO_PROBLEM))
    assert sorted(groups, key=lambda g: g.category) == [HiddenGroup("large", 1, 1.0), HiddenGroup("two small numbers", 1, 1.0)]
