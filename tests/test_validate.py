"""judge.validate: the checks of one problem, on copies of the minimal add-one
problem broken or extended one way each."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.instructor.check import Check
from judge.problem.loader import load_problem
from judge.sandbox.local import LocalSandbox
from judge.validate import validate

# Correct, but a hidden call with a huge x spins for seconds of CPU: accepted
# under a generous limit, over a tight one.
SLOW_ON_HUGE = "def add_one(x):\n    if x > 10**10:\n        n = 0\n        while n < 60_000_000:\n            n += 1\n    return x + 1\n"
LOOPS_X_TIMES = "def add_one(x):\n    for _ in range(x):\n        pass\n    return x + 1\n"


def run_validate(root: Path, calibrate: bool = False) -> dict[str, Check]:
    sandbox = LocalSandbox()
    try:
        return {c.name: c for c in validate(load_problem(root), sandbox, calibrate=calibrate)}
    finally:
        sandbox.close()


def write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def edit_toml(root: Path, old: str, new: str) -> None:
    toml = root / "problem.toml"
    text = toml.read_text()
    assert old in text
    toml.write_text(text.replace(old, new))


def test_the_minimal_problem_passes_every_check(valid_problem_dir: Path) -> None:
    checks = run_validate(valid_problem_dir)
    assert all(c.ok for c in checks.values()), [c for c in checks.values() if not c.ok]
    timing = checks["time limit fits the reference"]
    assert timing.data["proposed_time"] == 1.0 and "proposed 1 s" in timing.detail
    assert "no [ladder]" in checks["ladder"].detail


def test_an_entry_the_reference_does_not_define_is_named_as_such(valid_problem_dir: Path) -> None:
    edit_toml(valid_problem_dir, "add_one(x: int)", "add_two(x: int)")
    checks = run_validate(valid_problem_dir)
    entry = checks["reference defines the entry points"]
    assert not entry.ok and "does not define function add_two" in entry.detail
    assert "[cases] name hidden tests" not in checks  # not "no such hidden test: ..."
    assert "time limit fits the reference" not in checks  # a reference that fails has no time worth a limit


def test_a_missing_method_of_a_class_entry_is_named(valid_problem_dir: Path) -> None:
    edit_toml(
        valid_problem_dir,
        'function = "add_one(x: int) -> int"',
        'class = "Adder(x: int)"\nmethods = ["add(self) -> int", "sub(self) -> int"]',
    )
    write(
        valid_problem_dir,
        "reference/solution.py",
        "class Adder:\n    def __init__(self, x):\n        self.x = x\n\n    def add(self):\n        return 1\n",
    )
    entry = run_validate(valid_problem_dir)["reference defines the entry points"]
    assert not entry.ok and "method Adder.sub" in entry.detail and "Adder.add" not in entry.detail


def test_a_reference_that_does_not_import_is_a_failed_check(valid_problem_dir: Path) -> None:
    write(valid_problem_dir, "reference/solution.py", "def add_one(x:\n")
    checks = run_validate(valid_problem_dir)
    assert "does not import: SyntaxError" in checks["reference defines the entry points"].detail
    assert not checks["statement examples hold"].ok


def test_a_tle_solution_that_is_accepted_is_told_the_reference_time(valid_problem_dir: Path) -> None:
    write(valid_problem_dir, "wrong/TLE/just_right.py", "def add_one(x):\n    return x + 1\n")
    check = run_validate(valid_problem_dir)["wrong/TLE/just_right.py gets TLE"]
    assert not check.ok
    assert "AC" in check.detail and "reference's slowest case" in check.detail and "limit 1 s" in check.detail


def test_calibrate_judges_under_the_proposed_limit(valid_problem_dir: Path) -> None:
    edit_toml(valid_problem_dir, "time = 1.0", "time = 4.0")
    write(valid_problem_dir, "wrong/TLE/slow_on_huge.py", SLOW_ON_HUGE)
    name = "wrong/TLE/slow_on_huge.py gets TLE"
    assert not run_validate(valid_problem_dir)[name].ok  # accepted under 4 s
    calibrated = run_validate(valid_problem_dir, calibrate=True)
    assert calibrated[name].ok, calibrated[name].detail  # over the proposed 1 s
    assert calibrated["time limit fits the reference"].data["proposed_time"] == 1.0


def test_ladder_reference_same_and_slow_solution_worse(valid_problem_dir: Path) -> None:
    edit_toml(valid_problem_dir, "time = 1.0", "time = 0.5\n\n[ladder]\nmin_n = 16\nmax_n = 4096")
    write(valid_problem_dir, "generator.py", "def make_input(n, rng):\n    return (n,)\n")
    write(valid_problem_dir, "wrong/TLE/loops.py", LOOPS_X_TIMES)
    checks = run_validate(valid_problem_dir)
    same = checks["ladder: the reference grows like itself"]
    worse = checks["ladder: wrong/TLE/loops.py grows worse"]
    assert same.ok and same.data["growth"] == "same", same.detail
    assert worse.ok and worse.data["growth"] == "worse", worse.detail


@pytest.mark.parametrize("body", ["    raise ValueError('no inputs today')\n", "    return undefined_name\n"])
def test_a_broken_generator_is_a_failed_check_not_a_crash(valid_problem_dir: Path, body: str) -> None:
    edit_toml(valid_problem_dir, "time = 1.0", "time = 1.0\n\n[ladder]\nmin_n = 16\nmax_n = 64")
    write(valid_problem_dir, "generator.py", f"def make_input(n, rng):\n{body}")
    check = run_validate(valid_problem_dir)["ladder: the reference grows like itself"]
    assert not check.ok and "the ladder did not run" in check.detail and "generator.py" in check.detail


def test_a_bad_wrong_folder_is_a_failed_check(valid_problem_dir: Path) -> None:
    write(valid_problem_dir, "wrong/NOPE/x.py", "def add_one(x):\n    return x\n")
    check = run_validate(valid_problem_dir)["wrong/ folders name verdicts"]
    assert not check.ok and "wrong/NOPE" in check.detail


def test_a_public_pack_cannot_be_validated(valid_problem_dir: Path) -> None:
    import shutil

    shutil.rmtree(valid_problem_dir / "hidden")
    checks = run_validate(valid_problem_dir)
    assert list(checks) == ["hidden tests"] and not checks["hidden tests"].ok


def test_a_tle_solution_is_graded_until_its_checks_are_settled(valid_problem_dir: Path, tmp_path: Path) -> None:
    runs = tmp_path / "runs"  # a line per grading that ran the case after the time-out
    write(valid_problem_dir, "hidden/test_later.py", f"def test_later(solution):\n    open({str(runs)!r}, 'a').write('ran\\n')\n")
    write(valid_problem_dir, "wrong/TLE/slow_on_huge.py", "# fails: test_hidden_add_one\n" + SLOW_ON_HUGE)
    checks = run_validate(valid_problem_dir)
    timed_out = checks["wrong/TLE/slow_on_huge.py gets TLE"]
    assert timed_out.ok and timed_out.detail.endswith("its checks were settled, the rest not run)"), timed_out.detail
    assert checks["wrong/TLE/slow_on_huge.py fails test_hidden_add_one"].ok
    assert runs.read_text().count("ran") == 2, "the reference and the starter ran it, the timed-out solution did not"
