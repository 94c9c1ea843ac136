"""Sandboxes: where a submission runs.  `choose` picks one by name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from judge.errors import SandboxUnavailable, UsageError
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox

if TYPE_CHECKING:
    from judge.languages.base import Language

CHOICES = ("auto", "local", "docker")


def choose(name: str, language: Language | None = None, park: bool = False) -> Sandbox:
    """`auto` is Docker when an engine is reachable and the image is there
    (`language`'s too), else local.  `park`: a Docker sandbox leaves a
    container started for the next judge (judge/sandbox/parking.py)."""
    if name == "local":
        return LocalSandbox()
    if name not in ("auto", "docker"):
        raise UsageError(f"unknown sandbox {name!r} (one of {', '.join(CHOICES)})")
    from judge.sandbox import docker  # the SDK is imported only when Docker is wanted
    from judge.sandbox.detached import idle_seconds

    problem = docker.unavailable_reason()
    if problem is None and language is not None and not language.forks:
        problem = docker.unavailable_reason(language=language)
    if problem is None:
        return docker.DockerSandbox(park=idle_seconds() if park else 0)
    if name == "docker":
        raise SandboxUnavailable(f"the docker sandbox is not available: {problem}")
    return LocalSandbox()


__all__ = ["CHOICES", "Sandbox", "choose"]
