"""A language's toolchain (local sandbox) and image (Docker) in tests: skip
without them on a developer's machine, fail without them in CI, where
`.ci/run` installs and builds them (a test that silently skips there would
prove nothing)."""

from __future__ import annotations

import os

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
