"""The CLI as a candidate runs it, on either sandbox, for the tests of the candidate's loop."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from judge.cli import cli
from tests.docker_support import docker_sandbox_or_skip

# Both sandboxes where the sandbox matters; the Docker one is marked (and skipped without an engine).
SANDBOXES = ["local", pytest.param("docker", marks=pytest.mark.docker)]


def usable(sandbox: str) -> str:
    """`sandbox`, after skipping (or failing, under JUDGE_REQUIRE_DOCKER=1) when Docker is unusable."""
    if sandbox == "docker":
        docker_sandbox_or_skip().close()
    return sandbox


def judge(*args: str | Path, env: dict[str, str | None] | None = None) -> Result:
    """`judge ARGS` with JUDGE_PROBLEMS unset (the history goes to each test's own JUDGE_HOME: tests/conftest.py)."""
    return CliRunner().invoke(cli, [str(a) for a in args], env={"JUDGE_PROBLEMS": None, **(env or {})})


def assert_no_traceback(result: Result, code: int) -> None:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
