"""Hostile C++ submissions: each file in cpp/submissions/ declares the verdict
it must get (`// verdict: X`), and where the local sandbox cannot contain it,
`// local: escapes - reason` (not run there).  The same checks as Python's
(test_hostile.py): the verdict, never a false AC, nothing left behind."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from judge.grading.grade import grade_file
from judge.languages import get
from judge.problem import load_problem
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict, parse
from tests.docker_support import docker_sandbox_or_skip
from tests.hostile.test_hostile import MARKER, eventually, processes_inside
from tests.toolchains import image_or_skip, toolchain_or_skip

HERE = Path(__file__).parent / "cpp"
PROBLEM = load_problem(HERE / "problem")
CPP = get("cpp")


def header(path: Path) -> tuple[Verdict, str | None]:
    verdict, escapes = None, None
    for line in path.read_text().splitlines()[:5]:
        if line.startswith("// verdict:"):
            verdict = parse(line.split(":", 1)[1].strip())
        elif line.startswith("// local: escapes - "):
            escapes = line.split(" - ", 1)[1]
    assert verdict is not None, f"{path.name} declares no verdict"
    return verdict, escapes


SUBMISSIONS = sorted((HERE / "submissions").glob("*.cpp"))


def cases(sandbox: str) -> list[object]:
    params = []
    for path in SUBMISSIONS:
        _, escapes = header(path)
        reason = f"expected to escape the local sandbox: {escapes}"
        marks = [pytest.mark.xfail(run=False, reason=reason)] if sandbox == "local" and escapes else []
        params.append(pytest.param(path, id=path.stem, marks=marks))
    return params


def judge_and_check(path: Path, sandbox: Sandbox) -> None:
    result = grade_file(PROBLEM, path, sandbox, language=CPP, complexity=False)
    details = f"{result.message} | " + "; ".join(f"{c.name} {c.verdict.name}: {c.message}" for c in result.cases)
    expected, _ = header(path)
    assert result.verdict is expected, f"{path.name} on {sandbox.name}: got {result.verdict.name}: {details}"
    assert not MARKER.exists(), "a submission wrote outside its sandbox"


@pytest.fixture(scope="module")
def docker_sandbox() -> Sandbox:
    sandbox = docker_sandbox_or_skip()

    image_or_skip(CPP)
    return sandbox


@pytest.fixture(scope="module")
def local_sandbox() -> LocalSandbox:
    toolchain_or_skip(CPP)
    return LocalSandbox()


@pytest.mark.parametrize("path", cases("local"))
def test_local(path: Path, local_sandbox: LocalSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = tmp_path / "runs"  # the runners' work dirs, and nobody else's
    runs.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(runs))
    judge_and_check(path, local_sandbox)
    assert eventually(lambda: not processes_inside(runs)), "a runner process outlived its grading"
    assert list(runs.iterdir()) == [], "a runner's working directory was left behind"


@pytest.mark.docker
@pytest.mark.parametrize("path", cases("docker"))
def test_docker(path: Path, docker_sandbox: Sandbox) -> None:
    judge_and_check(path, docker_sandbox)
    assert eventually(lambda: docker_sandbox.leftovers() == []), "a container outlived its grading"  # type: ignore[attr-defined]
