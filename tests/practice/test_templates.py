"""Practice repos graded honestly: the generated workflow grades in Docker,
passes zizmor and a GitHub-workflow schema written here, installs judge by its
own name on the package index; and `judge grade` refuses the local sandbox on
CI, where a solution could read the installed bank's references."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from tests.cli_support import SANDBOXES, usable

from .support import SCHEMAS, assert_clean_exit, assert_one_line_error, run

WORKFLOW = Path(".github") / "workflows" / "judge.yml"
PINNED = re.compile(r"^\s*(- )?uses: [\w.-]+/[\w.-]+@[0-9a-f]{40}  # v\d+\.\d+\.\d+$")


@pytest.fixture
def docker_repo(bank: Path, tmp_path: Path) -> Path:
    assert_clean_exit(run("--problems", bank, "init-practice", tmp_path / "repo", "--problems", "add-two"), 0)
    return tmp_path / "repo"


def zizmor() -> str:
    found = shutil.which("zizmor", path=str(Path(sys.executable).parent)) or shutil.which("zizmor")
    if found is None:
        pytest.fail("zizmor is not installed: it is in the dev extra (pip install -e '.[dev]')")
    return found


@pytest.mark.parametrize("persona", ["regular", "pedantic"])
def test_the_workflow_passes_zizmor(docker_repo: Path, persona: str) -> None:
    command = [zizmor(), "--offline", "--format", "json", "--persona", persona, str(docker_repo / WORKFLOW)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout) == []


def test_the_workflow_matches_the_workflow_schema(docker_repo: Path) -> None:
    schema = json.loads((SCHEMAS / "github-workflow.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    errors = [e.message for e in Draft202012Validator(schema).iter_errors(yaml.safe_load((docker_repo / WORKFLOW).read_text()))]
    assert errors == []


def test_the_schema_refuses_what_it_does_not_know() -> None:
    schema = json.loads((SCHEMAS / "github-workflow.schema.json").read_text())
    step = {"uses": "actions/checkout@v4", "run": "echo both"}
    workflow = {"name": "x", "on": {"push": None}, "permissions": {"contents": "read"}, "jobs": {"a": {"runs-on": "x", "steps": [step]}}}
    assert not Draft202012Validator(schema).is_valid(workflow)  # a step is `uses` or `run`, not both
    del step["run"]
    assert Draft202012Validator(schema).is_valid(workflow)
    assert not Draft202012Validator(schema).is_valid({**workflow, "permissions": {"contents": "admin"}})


def test_actions_are_pinned_by_commit_with_their_version_and_the_token_is_read_only(docker_repo: Path) -> None:
    text = (docker_repo / WORKFLOW).read_text()
    uses = [line for line in text.splitlines() if "uses:" in line]
    assert len(uses) == 3 and all(PINNED.match(line) for line in uses), uses
    data = yaml.safe_load(text)
    assert data["permissions"] == {"contents": "read"}
    (checkout,) = [s for s in data["jobs"]["grade"]["steps"] if "actions/checkout@" in s.get("uses", "")]
    assert checkout["with"]["persist-credentials"] is False


def test_the_workflow_installs_judge_by_its_own_name_and_grades_in_docker(docker_repo: Path) -> None:
    runs = [s["run"] for s in yaml.safe_load((docker_repo / WORKFLOW).read_text())["jobs"]["grade"]["steps"] if "run" in s]
    assert runs[0].strip() == "python -m pip install judge-hidden-tests"
    assert "sandbox build" in runs[1]
    assert runs[2].split()[:4] == ["judge", "grade", "--sandbox", "docker"]
    pyproject = (Path(__file__).parents[2] / "pyproject.toml").read_text()
    assert 'name = "judge-hidden-tests"' in pyproject and 'judge = "judge.entry:main"' in pyproject


def test_a_local_workflow_says_why_and_allows_it_by_name(bank: Path, tmp_path: Path) -> None:
    assert_clean_exit(run("--problems", bank, "init-practice", tmp_path / "r", "--problems", "add-two", "--sandbox", "local"), 0)
    text = (tmp_path / "r" / WORKFLOW).read_text()
    assert "judge grade --sandbox local --allow-unsafe-local" in text
    assert "The local sandbox is no boundary" in text


CHEAT = """\
import importlib.util

# Reads the reference out of the bank installed beside the judge, and answers with it.
_spec = importlib.util.spec_from_file_location("stolen", {path!r})
_stolen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_stolen)
add_two = _stolen.add_two
"""


@pytest.fixture
def cheating_repo(docker_repo: Path, bank: Path) -> Path:
    (docker_repo / "add-two" / "solution.py").write_text(CHEAT.format(path=str(bank / "add-two" / "reference" / "solution.py")))
    return docker_repo


def test_grade_refuses_the_local_sandbox_on_ci(cheating_repo: Path, bank: Path) -> None:
    result = run("--problems", bank, "grade", cheating_repo, "--sandbox", "local", env={"CI": "true"})
    assert_one_line_error(result, 2, "refusing to grade in the local sandbox on CI", "hidden tests and references", "--allow-unsafe-local")


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_solution_calling_the_installed_reference(cheating_repo: Path, bank: Path, sandbox: str) -> None:
    """Why local is refused on CI: there, reading the bank is AC; in Docker the bank is not there."""
    options = ["--sandbox", usable(sandbox)] + (["--allow-unsafe-local"] if sandbox == "local" else [])
    result = run("--problems", bank, "grade", cheating_repo, *options, "--no-complexity", env={"CI": "true"})
    row = next(line.split() for line in result.output.splitlines() if line.startswith("add-two"))
    if sandbox == "local":
        assert_clean_exit(result, 0)
        assert row[1] == "AC"
    else:
        assert_clean_exit(result, 1)
        assert row[1] == "CE"


@pytest.mark.parametrize("allowed", [False, True])
def test_grade_batch_passes_the_permission_on_to_each_grading(tmp_path: Path, allowed: bool) -> None:
    from judge.practice.batch import BatchOptions, Repo, grade_command

    options = BatchOptions(bank=tmp_path / "bank", out=tmp_path / "out", sandbox="local", allow_unsafe_local=allowed)
    assert ("--allow-unsafe-local" in grade_command(Repo("r", tmp_path / "r"), options)) is allowed
    assert "allow_unsafe_local" not in options.settings()  # not a grading setting: a resumed batch may differ in it
