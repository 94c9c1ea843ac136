"""Sandboxes: where a submission runs.  `choose` picks one by name."""

from __future__ import annotations

from judge.errors import SandboxUnavailable, UsageError
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox

CHOICES = ("auto", "local", "docker")


def choose(name: str) -> Sandbox:
    """`auto` is Docker when an engine is reachable and the image is there, else local."""
    if name == "local":
        return LocalSandbox()
    if name not in ("auto", "docker"):
        raise UsageError(f"unknown sandbox {name!r} (one of {', '.join(CHOICES)})")
    from judge.sandbox import docker  # the SDK is imported only when Docker is wanted

    problem = docker.unavailable_reason()
    if problem is None:
        return docker.DockerSandbox()
    if name == "docker":
        raise SandboxUnavailable(f"the docker sandbox is not available: {problem}")
    return LocalSandbox()


__all__ = ["CHOICES", "Sandbox", "choose"]
