"""The problem folder format: what loads, what is refused (naming file and field), the bank."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.errors import ProblemFormatError, ProblemFormatErrors, UsageError
from judge.problem import Bank, load_problem, resolve
from judge.problem.loader import wrong_solutions
from judge.problem.model import CaseInfo, Limits
from judge.verdicts import Verdict
from tests.conftest import BROKEN_PROBLEMS, TWO_SUM, VALID_PROBLEM

BROKEN = sorted(p for p in BROKEN_PROBLEMS.iterdir() if p.is_dir())


# -- broken folders: tests/problem/broken/<case>/ with expected.txt --------------


@pytest.mark.parametrize("folder", BROKEN, ids=[p.name for p in BROKEN])
def test_broken_problem_is_refused_naming_file_and_field(folder: Path) -> None:
    expected = (folder / "expected.txt").read_text(encoding="utf-8").strip()
    assert expected, f"{folder}/expected.txt is empty"
    with pytest.raises(ProblemFormatError) as caught:
        load_problem(folder)
    message = str(caught.value)
    assert expected in message, f"expected {expected!r} in {message!r}"
    assert "\n" not in message.strip(), "a one-line message"
    assert caught.value.exit_code == 2


def test_the_broken_cases_are_complete() -> None:
    """The valid template loads, so each broken copy fails for its own defect only."""
    load_problem(VALID_PROBLEM)
    assert len(BROKEN) >= 13
    for folder in BROKEN:
        assert (folder / "expected.txt").is_file(), f"{folder.name} has no expected.txt"


# -- valid problems ------------------------------------------------------------


def test_valid_minimal_problem_loads() -> None:
    problem = load_problem(VALID_PROBLEM)
    assert problem.slug == "add-one"
    assert problem.root == VALID_PROBLEM.resolve()
    assert problem.title == "Add One"
    assert problem.difficulty == "medium"
    assert problem.topics == ("math",)
    assert problem.complexity == "O(1)"
    assert problem.module == "solution" and problem.filename == "solution.py"
    assert problem.limits == Limits(time=1.0)
    assert problem.limits.wall_seconds == 3.0
    assert problem.max_examples == 100
    assert problem.has_hidden
    (entry,) = problem.entries
    assert entry.kind == "function" and entry.name == "add_one"
    assert entry.callable.params == ("x",) and entry.callable.returns == "int"
    assert entry.to_wire() == {"name": "add_one", "kind": "function", "methods": []}
    assert problem.statement.is_file() and problem.starter.is_file() and problem.reference.is_file()
    assert problem.cases == {"test_hidden_add_one": CaseInfo("large values", 1.0)}


def test_two_sum_loads(two_sum) -> None:
    assert two_sum.slug == "two-sum" and two_sum.difficulty == "easy"
    assert "hash map" in two_sum.topics
    assert two_sum.limits.time == 1.0 and two_sum.limits.memory == 256
    assert two_sum.signature_of("two_sum").params == ("nums", "target")
    assert two_sum.cases["test_large_input"].points == 2
    assert two_sum.case_info("test_matches_reference[3]").category == "random inputs"
    assert two_sum.case_info("test_not_listed") == CaseInfo()
    # [cases] describes hidden cases: a visible case of the same name shows its own data
    assert two_sum.case_info("test_no_pair").category == "no pair exists"
    assert two_sum.case_info("test_no_pair", hidden=False) == CaseInfo()


def _rewrite_toml(root: Path, old: str, new: str) -> None:
    toml = root / "problem.toml"
    text = toml.read_text()
    assert old in text
    toml.write_text(text.replace(old, new, 1))


def test_class_entry_with_methods(valid_problem_dir: Path) -> None:
    _rewrite_toml(
        valid_problem_dir,
        'function = "add_one(x: int) -> int"',
        'class = "Counter(start: int)"\nmethods = ["add(self, n: int) -> int", "value(self) -> int"]',
    )
    problem = load_problem(valid_problem_dir)
    (entry,) = problem.entries
    assert entry.kind == "class" and entry.name == "Counter"
    assert entry.callable.params == ("start",)
    assert [m.name for m in entry.methods] == ["add", "value"]
    assert entry.methods[0].params == ("n",)  # self is not a parameter a test passes
    assert problem.signature_of("Counter", "add").returns == "int"
    assert entry.to_wire() == {"name": "Counter", "kind": "class", "methods": ["add", "value"]}


def test_all_limits_and_hypothesis_settings(valid_problem_dir: Path) -> None:
    _rewrite_toml(valid_problem_dir, "time = 1.0", "time = 0.5\nwall = 4\nmemory = 64\noutput = 16")
    (valid_problem_dir / "problem.toml").write_text((valid_problem_dir / "problem.toml").read_text() + "\n[hypothesis]\nmax_examples = 7\n")
    problem = load_problem(valid_problem_dir)
    assert problem.limits == Limits(time=0.5, wall=4.0, memory=64, output=16)
    assert problem.limits.wall_seconds == 4.0
    assert problem.max_examples == 7


def test_a_function_entry_cannot_have_methods(valid_problem_dir: Path) -> None:
    _rewrite_toml(valid_problem_dir, 'function = "add_one(x: int) -> int"', 'function = "add_one(x: int) -> int"\nmethods = ["f(self)"]')
    with pytest.raises(ProblemFormatError, match=r"problem\.toml: field 'entry\[0\]\.methods'"):
        load_problem(valid_problem_dir)


def test_every_error_of_a_folder_is_reported_in_one_run(valid_problem_dir: Path) -> None:
    _rewrite_toml(valid_problem_dir, 'title = "Add One"', 'title = ""\ncolour = "red"')
    _rewrite_toml(valid_problem_dir, 'difficulty = "medium"', 'difficulty = "tricky"')
    _rewrite_toml(valid_problem_dir, "time = 1.0", "time = -1")
    (valid_problem_dir / "statement.md").unlink()
    with pytest.raises(ProblemFormatErrors) as caught:
        load_problem(valid_problem_dir)
    message = str(caught.value)
    assert "\n" not in message and caught.value.exit_code == 2
    fragments = ["field 'colour': unknown field", "field 'title'", "field 'difficulty'", "field 'limits.time'", "statement.md: missing"]
    for fragment in fragments:
        assert fragment in message, message
    assert len(caught.value.errors) == len(fragments)


def test_a_lone_error_is_raised_as_itself(valid_problem_dir: Path) -> None:
    (valid_problem_dir / "statement.md").unlink()
    with pytest.raises(ProblemFormatError) as caught:
        load_problem(valid_problem_dir)
    assert not isinstance(caught.value, ProblemFormatErrors)
    assert str(caught.value).endswith("statement.md: missing")


def test_a_public_pack_without_hidden_tests_loads(valid_problem_dir: Path) -> None:
    import shutil

    for name in ("hidden", "reference"):
        shutil.rmtree(valid_problem_dir / name)
    problem = load_problem(valid_problem_dir)
    assert not problem.has_hidden


# -- wrong solutions -------------------------------------------------------------


def _wrong(root: Path, relative: str, text: str = "def add_one(x):\n    return x\n") -> Path:
    path = root / "wrong" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_wrong_solutions_read_verdict_folders_and_fails_lines(valid_problem_dir: Path) -> None:
    a = _wrong(valid_problem_dir, "WA/off_by_two.py", "# fails: test_add_one,  test_hidden_add_one\ndef add_one(x):\n    return x + 2\n")
    b = _wrong(valid_problem_dir, "tle/slow.py", "import time\n# just slow\ndef add_one(x):\n    time.sleep(9)\n")
    c = _wrong(valid_problem_dir, "RE/raises.py", '"""doc"""\n# fails: test_add_one\ndef add_one(x):\n    raise ValueError\n')
    _wrong(valid_problem_dir, "_drafts/ignored.py")
    _wrong(valid_problem_dir, ".cache/ignored.py")
    _wrong(valid_problem_dir, "WA/notes.txt", "not python")
    problem = load_problem(valid_problem_dir)
    found = {w.path: w for w in wrong_solutions(problem)}
    assert set(found) == {a, b, c}
    assert found[a].verdict is Verdict.WA and found[a].fails == ("test_add_one", "test_hidden_add_one")
    assert found[b].verdict is Verdict.TLE and found[b].fails == ()
    assert found[c].verdict is Verdict.RE and found[c].fails == ("test_add_one",)


def test_no_wrong_folder_means_no_wrong_solutions() -> None:
    assert wrong_solutions(load_problem(VALID_PROBLEM)) == []


def test_two_sum_wrong_solutions(two_sum) -> None:
    by_name = {w.path.name: w for w in wrong_solutions(two_sum)}
    assert by_name["ignores_negatives.py"].verdict is Verdict.WA
    assert by_name["ignores_negatives.py"].fails == ("test_negative_numbers", "test_matches_reference")
    assert by_name["brute_force.py"].verdict is Verdict.TLE


@pytest.mark.parametrize(("folder", "phrase"), [("XYZ", "XYZ"), ("AC", "AC"), ("ac", "AC")])
def test_wrong_solutions_reject_bad_verdict_folders(valid_problem_dir: Path, folder: str, phrase: str) -> None:
    _wrong(valid_problem_dir, f"{folder}/x.py")
    problem = load_problem(valid_problem_dir)
    with pytest.raises(ProblemFormatError) as caught:
        wrong_solutions(problem)
    message = str(caught.value)
    assert f"wrong/{folder}" in message and phrase in message


def test_a_non_utf8_wrong_solution_is_not_a_crash(valid_problem_dir: Path) -> None:
    """A CE example may well be a file that is not UTF-8: reading its `# fails:`
    line must not crash validation with a bare UnicodeDecodeError."""
    path = valid_problem_dir / "wrong" / "CE" / "latin1.py"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"# caf\xe9\ndef add_one(x):\n    return x + 1\n")
    problem = load_problem(valid_problem_dir)
    try:
        found = wrong_solutions(problem)
    except ProblemFormatError as exc:
        assert "latin1.py" in str(exc)
    else:
        assert [(w.path, w.verdict) for w in found] == [(path, Verdict.CE)]


# -- the bank --------------------------------------------------------------------


def test_bank_lists_folders_with_a_problem_toml(bank_copy: Path) -> None:
    (bank_copy / "not-a-problem").mkdir()
    (bank_copy / "notes.md").write_text("hi")
    bank = Bank(bank_copy)
    assert bank.slugs() == ["add-one", "two-sum"]
    assert [p.slug for p in bank.problems()] == ["add-one", "two-sum"]


def test_bank_scan_skips_broken_folders_and_keeps_their_errors(bank_copy: Path) -> None:
    shutil.copytree(BROKEN_PROBLEMS / "invalid_toml", bank_copy / "broken-toml")
    shutil.copytree(BROKEN_PROBLEMS / "missing_statement", bank_copy / "no-statement")
    scan = Bank(bank_copy).scan()
    assert [p.slug for p in scan.problems] == ["add-one", "two-sum"]
    messages = [str(e) for e in scan.broken]
    assert len(messages) == 2
    assert "broken-toml/problem.toml: invalid TOML" in messages[0]
    assert "no-statement/statement.md: missing" in messages[1]


def test_resolve_by_slug(bank_copy: Path) -> None:
    problem = resolve("two-sum", Bank(bank_copy))
    assert problem.slug == "two-sum" and problem.root == (bank_copy / "two-sum").resolve()


def test_resolve_by_path(bank_copy: Path, tmp_path: Path) -> None:
    elsewhere = Bank(tmp_path / "empty-bank")
    (tmp_path / "empty-bank").mkdir()
    problem = resolve(str(TWO_SUM), elsewhere)
    assert problem.slug == "two-sum" and problem.root == TWO_SUM.resolve()


def test_resolve_by_relative_path(bank_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(bank_copy.parent)
    problem = resolve("bank/add-one", Bank(Path("/nonexistent")))
    assert problem.slug == "add-one"


@pytest.mark.parametrize("typo", ["two-summ", "two_sum", "tw-sum", "Two-Sum"])
def test_unknown_slug_suggests_the_closest(bank_copy: Path, typo: str) -> None:
    with pytest.raises(UsageError) as caught:
        resolve(typo, Bank(bank_copy))
    message = str(caught.value)
    assert f"unknown problem '{typo}'" in message
    assert "did you mean 'two-sum'?" in message
    assert caught.value.exit_code == 2


def test_unknown_slug_without_a_close_match(bank_copy: Path) -> None:
    with pytest.raises(UsageError, match="judge list"):
        resolve("graph-coloring-xyz", Bank(bank_copy))


def test_a_bank_that_is_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not a folder"):
        Bank(tmp_path / "missing").slugs()


def test_a_slow_but_correct_solution_may_sit_in_wrong_ac_when_it_says_so(valid_problem_dir: Path) -> None:
    path = _wrong(valid_problem_dir, "AC/slow.py")
    path.write_text("# complexity: worse\n# Correct, but O(n) per call.\n" + path.read_text())
    [wrong] = wrong_solutions(load_problem(valid_problem_dir))
    assert wrong.verdict.name == "AC" and wrong.growth == "worse"


def test_a_complexity_line_must_say_worse_or_same(valid_problem_dir: Path) -> None:
    path = _wrong(valid_problem_dir, "WA/x.py")
    path.write_text("# complexity: slower\n" + path.read_text())
    with pytest.raises(ProblemFormatError, match="worse or same"):
        wrong_solutions(load_problem(valid_problem_dir))
