"""Hostile Go submissions: each file in go/ declares the verdict it must get
(`// verdict: X`, and `// local: X - reason` where the local sandbox differs),
as the Python ones in submissions/ do.  After each: the verdict, no false AC,
no process or container left behind."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.languages import get
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict, parse
from tests.docker_support import docker_sandbox_or_skip
from tests.hostile.test_hostile import HERE, Hostile, eventually, judge_and_check, processes_inside
from tests.toolchains import image_or_skip, toolchain_or_skip

GO = get("go")


def read_header(path: Path) -> Hostile:
    verdict, local = None, None
    for line in path.read_text().splitlines()[:5]:
        if line.startswith("// verdict:"):
            verdict = parse(line.split(":", 1)[1].strip())
        elif line.startswith("// local: "):
            local = parse(line[len("// local: ") :].split(" - ", 1)[0].strip())
    assert verdict is not None, f"{path.name} declares no verdict"
    return Hostile(path, verdict, local or verdict, None, False)


HOSTILE = [read_header(p) for p in sorted((HERE / "go").glob("*.go"))]
IDS = [h.path.stem for h in HOSTILE]


@pytest.fixture(scope="module")
def docker_sandbox() -> Iterator[Sandbox]:

    sandbox = docker_sandbox_or_skip()
    image_or_skip(GO)
    yield sandbox
    sandbox.close()


def test_every_verdict_is_declared() -> None:
    assert len(HOSTILE) >= 12
    assert all(h.verdict is not Verdict.AC for h in HOSTILE)


@pytest.mark.parametrize("hostile", HOSTILE, ids=IDS)
def test_local(hostile: Hostile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    toolchain_or_skip(GO)
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
