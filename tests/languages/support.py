"""JavaScript's sandboxes in tests: local skipped only without node, Docker as tests.docker_support does."""

from __future__ import annotations

import os

import pytest

from judge.languages import get
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from tests.docker_support import docker_sandbox_or_skip

JS = get("javascript")
# Both sandboxes; the Docker one is marked (and skipped without an engine).
KINDS = ["local", pytest.param("docker", marks=pytest.mark.docker)]


def js_sandbox(kind: str) -> Sandbox:
    """A sandbox that runs JavaScript: skipped when node (local) or the image (Docker) is missing,
    failed instead under JUDGE_REQUIRE_TOOLCHAINS=1 (local) or JUDGE_REQUIRE_DOCKER=1 (Docker), as CI sets them."""
    if kind == "local":
        missing = JS.missing_toolchain()
        if missing and os.environ.get("JUDGE_REQUIRE_TOOLCHAINS") == "1":
            pytest.fail(f"JUDGE_REQUIRE_TOOLCHAINS=1 but {missing}")
        if missing:
            pytest.skip(missing)
        return LocalSandbox()
    sandbox = docker_sandbox_or_skip()
    from judge.sandbox import docker

    reason = docker.unavailable_reason(language=JS)
    if reason is not None:
        sandbox.close()
        if os.environ.get("JUDGE_REQUIRE_DOCKER") == "1":
            pytest.fail(f"JUDGE_REQUIRE_DOCKER=1 but the javascript image is unusable: {reason}")
        pytest.skip(f"javascript image unusable: {reason}")
    return sandbox
