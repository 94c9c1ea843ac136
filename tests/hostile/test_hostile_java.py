"""Hostile Java submissions: each file in java/ declares the verdict it must get
(`// verdict: X`, and `// local: X - reason` where the local sandbox differs),
as the Python ones in submissions/ do.  After each: the verdict, no false AC,
no process or container left behind."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict, parse
from tests.docker_support import docker_sandbox_or_skip
from tests.hostile.test_hostile import HERE, Hostile, eventually, judge_and_check, processes_inside
from tests.languages.test_java import needs_java


def read_header(path: Path) -> Hostile:
    verdict, local, escapes = None, None, None
    for line in path.read_text().splitlines()[:5]:
        if line.startswith("// verdict:"):
            verdict = parse(line.split(":", 1)[1].strip())
        elif line.startswith("// local: escapes - "):
            escapes = line.split(" - ", 1)[1]
        elif line.startswith("// local: "):
            local = parse(line[len("// local: ") :].split(" - ", 1)[0].strip())
    assert verdict is not None, f"{path.name} declares no verdict"
    return Hostile(path, verdict, local or verdict, escapes, False)


HOSTILE = [read_header(p) for p in sorted((HERE / "java").glob("*.java"))]
IDS = [h.path.stem for h in HOSTILE]


def local_cases() -> list[object]:
    """Every hostile file; one the local sandbox cannot contain is expected to escape and is not run there."""
    marks = {
        h.path.stem: pytest.mark.xfail(run=False, reason=f"expected to escape the local sandbox: {h.escapes_locally}")
        for h in HOSTILE
        if h.escapes_locally
    }
    return [pytest.param(h, id=h.path.stem, marks=[marks[h.path.stem]] if h.path.stem in marks else []) for h in HOSTILE]


@pytest.fixture(scope="module")
def docker_sandbox() -> Iterator[Sandbox]:
    needs_java("docker")
    sandbox = docker_sandbox_or_skip()
    yield sandbox
    sandbox.close()


def test_every_verdict_is_declared() -> None:
    assert len(HOSTILE) >= 10
    assert all(h.verdict is not Verdict.AC for h in HOSTILE)


@pytest.mark.parametrize("hostile", local_cases())
def test_local(hostile: Hostile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    needs_java("local")
    runs = tmp_path / "runs"
    runs.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(runs))
    judge_and_check(hostile, LocalSandbox(), tmp_path)
    assert eventually(lambda: not processes_inside(runs)), "a runner process outlived its grading"
    assert list(runs.iterdir()) == [], "a runner's working directory was left behind"


@pytest.mark.docker
@pytest.mark.parametrize("hostile", HOSTILE, ids=IDS)
def test_docker(hostile: Hostile, docker_sandbox: Sandbox, tmp_path: Path) -> None:
    judge_and_check(hostile, docker_sandbox, tmp_path)
    assert eventually(lambda: docker_sandbox.leftovers() == []), "a container outlived its grading"  # type: ignore[attr-defined]
