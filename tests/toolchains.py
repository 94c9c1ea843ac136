"""A language's toolchain (local sandbox) and image (Docker) in tests: skip
without them on a developer's machine, fail without them in CI, where
`.ci/run` installs and builds them (a test that silently skips there would
prove nothing)."""

from __future__ import annotations

import os
from typing import Any

import pytest

from judge.languages.base import Language


def toolchain_or_skip(language: Language) -> None:
    """Skip (fail under JUDGE_REQUIRE_TOOLCHAINS=1) when the host cannot run `language` locally."""
    missing = language.missing_toolchain()
    if missing:
        if os.environ.get("JUDGE_REQUIRE_TOOLCHAINS") == "1":
            pytest.fail(f"JUDGE_REQUIRE_TOOLCHAINS=1 but {missing}")
        pytest.skip(str(missing))


def image_or_skip(language: Language) -> None:
    """Skip (fail under JUDGE_REQUIRE_DOCKER=1) when `language`'s Docker image is not usable."""
    from judge.sandbox import docker

    reason = docker.unavailable_reason(language=language)
    if reason is not None:
        if os.environ.get("JUDGE_REQUIRE_DOCKER") == "1":
            pytest.fail(f"JUDGE_REQUIRE_DOCKER=1 but the {language.name} image is unusable: {reason}")
        pytest.skip(f"no {language.name} image: {reason}")


def bank_sandboxes() -> list[Any]:
    """Where each language's solutions of the bank are validated: both sandboxes
    on a developer's machine; in CI (JUDGE_REQUIRE_DOCKER=1) Docker only, the
    boundary, with the toolchains of its image.  The local sandbox runs every
    language's CLI and hostile tests there, and the Python bank on both."""
    docker = pytest.param("docker", marks=pytest.mark.docker)
    return [docker] if os.environ.get("JUDGE_REQUIRE_DOCKER") == "1" else ["local", docker]
