"""Hostile submissions: each file in submissions/ declares the verdict it must
get (`# verdict: X`).  Where the local sandbox differs, a second line says
how and why: `# local: escapes - reason` (it cannot contain it: expected to
escape, and not run there, as running it would harm this machine) or
`# local: X - reason` (contained, with another verdict).  On Docker every
one runs.  After each: the verdict, no false AC, and the host as it was.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from judge.grading.grade import grade_file
from judge.problem import load_problem
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict, parse
from tests.docker_support import docker_sandbox_or_skip

HERE = Path(__file__).parent
PROBLEM = load_problem(HERE / "problem")
MARKER = Path("/etc/judge-hostile-was-here")
HUGE = 50 * 1024 * 1024


@dataclass(frozen=True)
class Hostile:
    path: Path
    verdict: Verdict
    local_verdict: Verdict
    escapes_locally: str | None
    generated: bool

    def expected(self, sandbox: Sandbox) -> Verdict:
        return self.local_verdict if sandbox.name == "local" else self.verdict


def read_header(path: Path) -> Hostile:
    verdict, local, escapes, generated = None, None, None, False
    for raw in path.read_bytes().splitlines()[:5]:
        line = raw.decode("ascii", "replace")
        if line.startswith("# verdict:"):
            verdict = parse(line.split(":", 1)[1].strip())
        elif line.startswith("# local: escapes - "):
            escapes = line.split(" - ", 1)[1]
        elif line.startswith("# local: "):
            local = parse(line[len("# local: ") :].split(" - ", 1)[0].strip())
        elif line.startswith("# generate:"):
            generated = True
    assert verdict is not None, f"{path.name} declares no verdict"
    return Hostile(path, verdict, local or verdict, escapes, generated)


HOSTILE = [read_header(p) for p in sorted((HERE / "submissions").glob("*.py"))]


def cases(sandbox: str) -> list[object]:
    params = []
    for hostile in HOSTILE:
        marks = []
        if sandbox == "local" and hostile.escapes_locally:
            marks.append(pytest.mark.xfail(run=False, reason=f"expected to escape the local sandbox: {hostile.escapes_locally}"))
        params.append(pytest.param(hostile, id=hostile.path.stem, marks=marks))
    return params


@pytest.fixture(scope="module")
def docker_sandbox() -> Iterator[Sandbox]:
    sandbox = docker_sandbox_or_skip()
    yield sandbox
    sandbox.close()


def processes_inside(root: Path) -> set[int]:
    """Processes whose working directory is under `root` (a runner's work dir)."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if Path(os.readlink(f"/proc/{entry}/cwd")).is_relative_to(root):
                    found.add(int(entry))
            except OSError:
                pass
    return found


def submission_file(hostile: Hostile, tmp_path: Path) -> Path:
    if not hostile.generated:
        return hostile.path
    padded = tmp_path / hostile.path.name
    text = hostile.path.read_text()
    padded.write_text(text + ("# padding " + "x" * 69 + "\n") * (HUGE // 80))
    return padded


def judge_and_check(hostile: Hostile, sandbox: Sandbox, tmp_path: Path) -> None:
    result = grade_file(PROBLEM, submission_file(hostile, tmp_path), sandbox)
    details = f"{result.message} | " + "; ".join(f"{c.name} {c.verdict.name}: {c.message}" for c in result.cases)
    expected = hostile.expected(sandbox)
    assert result.verdict is expected, f"{hostile.path.name} on {sandbox.name}: got {result.verdict.name}: {details}"
    assert not MARKER.exists(), "a submission wrote outside its sandbox"


def eventually(check: Callable[[], bool], seconds: float = 3.0) -> bool:
    """A killed process is gone once it is reaped, a moment after the kill."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.parametrize("hostile", cases("local"))
def test_local(hostile: Hostile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = tmp_path / "runs"  # the runners' work dirs, and nobody else's
    runs.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(runs))
    judge_and_check(hostile, LocalSandbox(), tmp_path)
    assert eventually(lambda: not processes_inside(runs)), "a runner process outlived its grading"
    assert list(runs.iterdir()) == [], "a runner's working directory was left behind"


@pytest.mark.docker
@pytest.mark.parametrize("hostile", cases("docker"))
def test_docker(hostile: Hostile, docker_sandbox: Sandbox, tmp_path: Path) -> None:
    judge_and_check(hostile, docker_sandbox, tmp_path)
    assert eventually(lambda: docker_sandbox.leftovers() == []), "a container outlived its grading"  # type: ignore[attr-defined]


@pytest.mark.parametrize("sandbox_name", ["local", pytest.param("docker", marks=pytest.mark.docker)])
def test_the_judge_still_works_afterwards(sandbox_name: str) -> None:
    sandbox = LocalSandbox() if sandbox_name == "local" else docker_sandbox_or_skip()
    assert grade_file(PROBLEM, PROBLEM.reference, sandbox).verdict is Verdict.AC
