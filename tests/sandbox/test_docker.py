"""The Docker sandbox, for real: these need an engine and the image.

Without them they skip, and under JUDGE_REQUIRE_DOCKER=1 (CI) they fail.
Hostile submissions are in tests/hostile; here: what Docker itself promises.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.grading.grade import grade_file
from judge.problem import load_problem
from judge.problem.model import Limits
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.sandbox.session import RunnerSession
from judge.verdicts import Verdict
from tests.docker_support import docker_sandbox_or_skip

ROOT = Path(__file__).resolve().parents[2]
LIMITS = Limits(time=1.0, memory=64, output=64)
PROBE = """
import os, sys
def who(): return [os.getuid(), list(sys.version_info[:2]), os.getcwd()]
def leave_file(): open("/tmp/left-behind", "w").write("x"); return os.getpid()
def find_file(): return [os.path.exists("/tmp/left-behind"), os.getpid()]
"""

pytestmark = pytest.mark.docker


@pytest.fixture(scope="module")
def docker_sandbox() -> Iterator[Sandbox]:
    sandbox = docker_sandbox_or_skip()
    yield sandbox
    assert sandbox.leftovers() == [], "the judge left containers behind"  # type: ignore[attr-defined]
    sandbox.close()


def test_runs_as_non_root_with_the_image_python(docker_sandbox: Sandbox) -> None:
    pod = docker_sandbox.open(LIMITS)
    session = RunnerSession(pod, LIMITS)
    try:
        session.start()
        session.load(PROBE, "solution.py", "solution", [], docker_sandbox.runner_limits(LIMITS))
        uid, version, cwd = session.call({"name": "who"}, (), {})
        assert uid != 0
        assert cwd == "/tmp"
        assert ".".join(map(str, version)) == session.python.rsplit(".", 1)[0]
        assert docker_sandbox.describe()["python"] == session.python
    finally:
        session.close()
        pod.close()


def test_each_case_gets_a_fresh_runner_and_a_clean_tmp(docker_sandbox: Sandbox) -> None:
    pod = docker_sandbox.open(LIMITS)
    try:
        first = RunnerSession(pod, LIMITS)
        first.start()
        first.load(PROBE, "solution.py", "solution", [], {})
        first_pid = first.call({"name": "leave_file"}, (), {})
        first.close()
        second = RunnerSession(pod, LIMITS)
        second.start()
        second.load(PROBE, "solution.py", "solution", [], {})
        exists, second_pid = second.call({"name": "find_file"}, (), {})
        second.close()
        assert second_pid != first_pid
        assert exists is False, "a file from the previous case survived in /tmp"
    finally:
        pod.close()


@pytest.mark.parametrize("path", ["reference/solution.py", "wrong/WA/ignores_negatives.py", "wrong/TLE/brute_force.py"])
def test_two_sum_same_verdicts_as_local(docker_sandbox: Sandbox, path: str) -> None:
    problem = load_problem(ROOT / "problems" / "two-sum")
    on_docker = grade_file(problem, problem.root / path, docker_sandbox)
    on_local = grade_file(problem, problem.root / path, LocalSandbox())
    assert on_docker.sandbox["name"] == "docker"
    assert on_docker.verdict is on_local.verdict
    assert on_docker.counterexample == on_local.counterexample
    assert (on_docker.verdict is Verdict.AC) == path.startswith("reference")
