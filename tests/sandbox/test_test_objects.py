"""Objects a test passes that are no value (a file it opened, a mock, its own
class) stay on the trusted side: the submission uses them through a stub,
and reaches only their public names and methods, never the judge's code."""

from __future__ import annotations

import io
import os
import textwrap
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

import pytest

from judge import protocol
from judge.problem.model import Limits
from judge.sandbox.base import Sandbox
from judge.sandbox.callbacks import run_member
from judge.sandbox.local import LocalSandbox
from judge.sandbox.session import RunnerSession
from tests.docker_support import docker_sandbox_or_skip

LIMITS = Limits(time=1.0, wall=4.0, memory=128, output=64)

SOURCE = """
    def read_lines(f):
        with f as opened:
            return [line.rstrip() for line in opened]

    def first_read(f):
        return f.read(5)

    def size_and_member(box, item):
        return [len(box), item in box, box[0]]

    def same(thing):
        return thing

    def reach(thing, name):
        return getattr(thing, name)

    def call_attr(thing, name, *args):
        return getattr(thing, name)(*args)
"""


@pytest.fixture(scope="module", params=["local", pytest.param("docker", marks=pytest.mark.docker)])
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    chosen = LocalSandbox() if request.param == "local" else docker_sandbox_or_skip()
    yield chosen
    chosen.close()


@contextmanager
def loaded(sandbox: Sandbox) -> Iterator[RunnerSession]:
    pod = sandbox.open(LIMITS)
    session = RunnerSession(pod, LIMITS)
    try:
        session.start()
        session.load(textwrap.dedent(SOURCE), "solution.py", "solution", [], sandbox.runner_limits(LIMITS))
        yield session
    finally:
        session.close()
        pod.close()


def call(session: RunnerSession, name: str, *args: Any) -> Any:
    return session.call({"name": name}, args, {})


def test_a_file_the_test_opened_is_read_with_with_and_for(sandbox: Sandbox) -> None:
    with loaded(sandbox) as session:
        assert call(session, "read_lines", io.StringIO("one\ntwo\n")) == ["one", "two"]
        assert call(session, "first_read", io.StringIO("abcdefgh")) == "abcde"


def test_a_mock_records_what_the_submission_did_with_it(sandbox: Sandbox) -> None:
    box = mock.MagicMock()
    box.__len__.return_value = 3
    box.__contains__.return_value = True
    box.__getitem__.return_value = "first"
    with loaded(sandbox) as session:
        assert call(session, "size_and_member", box, "x") == [3, True, "first"]
    box.__contains__.assert_called_once_with("x")
    box.__getitem__.assert_called_once_with(0)


def test_an_object_given_back_is_the_test_s_own(sandbox: Sandbox) -> None:
    mine = object()
    with loaded(sandbox) as session:
        assert call(session, "same", mine) is mine


def test_the_submission_reaches_no_module_function_or_private_name(sandbox: Sandbox) -> None:
    # A namespace the test passes holds a module and a function of the judge's
    # process: calling them from the sandbox would run code here.
    holder = types.SimpleNamespace(os=os, system=os.system, data=[1, 2], _secret="s")
    with loaded(sandbox) as session:
        assert call(session, "reach", holder, "data") == [1, 2]
        for name in ("os", "_secret"):
            with pytest.raises((TypeError, AttributeError)):
                call(session, "reach", holder, name)
        with pytest.raises(TypeError, match="cannot be passed"):
            call(session, "call_attr", holder, "system", "true")
        assert call(session, "call_attr", io.StringIO("xyz"), "read") == "xyz"  # its own method


def test_a_forged_call_of_a_stored_function_is_refused() -> None:
    # A runner the submission took over may ask to call any name directly.
    holder = types.SimpleNamespace(system=os.system)
    reply = run_member(holder, "system", ["true"], {}, False, protocol.Encoder())
    assert reply["ok"] is False and "not a method of it" in reply["error"]["message"]
    assert run_member(holder, "__class__", [], {}, True, protocol.Encoder())["error"]["type"] == "AttributeError"
