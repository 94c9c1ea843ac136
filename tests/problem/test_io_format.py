"""io problems' own format: data cases, their order and categories, the [checker] table.
(Broken io folders are in tests/problem/broken/io_*, checked by test_loader.)"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.errors import ProblemFormatError
from judge.problem.io_format import data_cases
from judge.problem.loader import load_problem
from judge.problem.model import CaseInfo, OutputCheck
from tests.conftest import TESTS

ADD = TESTS / "programs" / "problems" / "add"


def test_cases_are_samples_then_secret_with_categories_from_cases_or_subfolders() -> None:
    problem = load_problem(ADD)
    cases = data_cases(problem, hidden=True)
    assert [(c.name, c.hidden, c.info) for c in cases] == [
        ("sample/1", False, CaseInfo()),
        ("secret/large/1", True, CaseInfo("large")),
        ("secret/small", True, CaseInfo("two small numbers")),
    ]
    assert [c.name for c in data_cases(problem, hidden=False)] == ["sample/1"]


def test_a_subfolder_entry_in_cases_sets_category_and_points_of_its_cases(tmp_path: Path) -> None:
    folder = tmp_path / "add"
    shutil.copytree(ADD, folder)
    with (folder / "problem.toml").open("a") as toml:
        toml.write('\n[cases.large]\ncategory = "huge numbers"\npoints = 3\n')
    info = {c.name: c.info for c in data_cases(load_problem(folder), hidden=True)}
    assert info["secret/large/1"] == CaseInfo("huge numbers", 3.0)


def test_a_secret_case_outside_any_subfolder_has_the_default_category(tmp_path: Path) -> None:
    folder = tmp_path / "add"
    shutil.copytree(ADD, folder)
    shutil.copy(folder / "data" / "secret" / "small.in", folder / "data" / "secret" / "other.in")
    shutil.copy(folder / "data" / "secret" / "small.ans", folder / "data" / "secret" / "other.ans")
    info = {c.name: c.info for c in data_cases(load_problem(folder), hidden=True)}
    assert info["secret/other"] == CaseInfo("secret data")


def test_the_checker_table_reads_into_output_check(tmp_path: Path) -> None:
    folder = tmp_path / "add"
    shutil.copytree(ADD, folder)
    with (folder / "problem.toml").open("a") as toml:
        toml.write("\n[checker]\nfloat_tolerance = 1e-4\ncase_sensitive = false\n")
    problem = load_problem(folder)
    assert problem.kind == "io" and problem.entries == ()
    assert problem.output_check == OutputCheck(1e-4, False, None)
    assert problem.hidden_dir == folder / "data" / "secret" and problem.has_hidden


def test_a_function_problem_has_no_checker_table(tmp_path: Path) -> None:
    folder = tmp_path / "two-sum"
    shutil.copytree(TESTS.parent / "problems" / "two-sum", folder)
    with (folder / "problem.toml").open("a") as toml:
        toml.write("\n[checker]\ncase_sensitive = false\n")
    with pytest.raises(ProblemFormatError, match=r"field 'checker': only an io problem"):
        load_problem(folder)
