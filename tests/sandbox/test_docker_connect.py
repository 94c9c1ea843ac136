"""Connecting to the engine: a busy engine is asked again, a missing one is
reported at once, with the library's reason in one capped line.  The client
library is replaced here: no engine is needed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docker
import docker.errors
import pytest

from judge.sandbox import docker as docker_sandbox


class FlakyEngine:
    """An engine whose version request fails `failures` times, then answers.
    The clients are real, of a socket that is not there: their versions are
    given, so making them asks nothing."""

    def __init__(self, failures: int):
        self.failures = failures
        self.calls = 0
        self.made: list[docker.DockerClient] = []
        self.asked_without_environment: list[bool] = []

    def from_env(self, **kwargs: Any) -> docker.DockerClient:
        assert kwargs.get("version") not in (None, "auto"), "from_env would ask the version with the environment read"
        client = docker.DockerClient(base_url="unix:///nowhere.sock", version=kwargs["version"])
        self.made.append(client)
        return client

    def server_version(self, client: docker.DockerClient) -> str:
        self.calls += 1
        self.asked_without_environment.append(client.api.trust_env is False)
        if self.calls <= self.failures:
            raise docker.errors.DockerException("Error while fetching server API version: Read timed out.")
        return "1.43"


def fake_engine(monkeypatch: pytest.MonkeyPatch, failures: int) -> FlakyEngine:
    engine = FlakyEngine(failures)
    monkeypatch.setattr(docker, "from_env", engine.from_env)
    monkeypatch.setattr(docker_sandbox, "server_version", engine.server_version)
    return engine


@pytest.fixture
def engine_socket(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    socket = tmp_path / "docker.sock"
    socket.touch()
    monkeypatch.setenv("DOCKER_HOST", f"unix://{socket}")
    monkeypatch.setattr(docker_sandbox, "CONNECT_RETRIES", (0.0, 0.0))
    return socket


def test_an_engine_that_misses_a_request_is_asked_again(engine_socket: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = fake_engine(monkeypatch, failures=2)
    client = docker_sandbox.connect()
    assert engine.calls == 3
    assert client is engine.made[-1]
    assert client.api._version == "1.43"  # the engine's answer, as from_env's "auto" takes it


def test_the_client_does_not_read_the_environment_on_each_request(engine_socket: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """requests would walk os.environ for proxies on every call, from the judge's threads while grading removes names;
    the version request, the first, included."""
    engine = fake_engine(monkeypatch, failures=0)
    assert docker_sandbox.connect().api.trust_env is False
    assert engine.asked_without_environment == [True]


def test_an_engine_that_never_answers_fails_after_its_retries(engine_socket: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = fake_engine(monkeypatch, failures=99)
    with pytest.raises(docker.errors.DockerException):
        docker_sandbox.connect()
    assert engine.calls == len(docker_sandbox.CONNECT_RETRIES) + 1


def test_a_socket_that_does_not_exist_is_not_asked_again(engine_socket: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine_socket.unlink()
    engine = fake_engine(monkeypatch, failures=99)
    with pytest.raises(docker.errors.DockerException):
        docker_sandbox.connect()
    assert engine.calls == 1


def test_the_reason_no_engine_answered_is_one_capped_line() -> None:
    reason = docker_sandbox.unreachable(docker.errors.DockerException("refused\n" + "x" * 1000))
    assert reason.startswith("no Docker engine is reachable (DockerException: refused x")
    assert "\n" not in reason
    assert len(reason) < 250


def test_without_an_engine_the_docker_sandbox_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path / 'absent.sock'}")
    reason = docker_sandbox.unavailable_reason()
    assert reason is not None and reason.startswith("no Docker engine is reachable (DockerException: ")
