"""The submission's module as tests see it: what a test cannot do to it is the test's fault; what it patches, it patches in the sandbox."""

from __future__ import annotations

import io
from unittest import mock

import pytest

from judge.grading.submission import Submission
from judge.problem.model import Problem
from judge.sandbox.local import LocalSandbox


def test_the_proxy_s_own_and_private_attributes_are_still_set(two_sum: Problem, local_sandbox: LocalSandbox) -> None:
    module = Submission(two_sum, "def two_sum(nums, target):\n    return []\n", local_sandbox).module
    module.__spec__ = None
    module.missing = {"x"}
    assert module.missing == {"x"}


PATCHED = """
def helper(x):
    return x * 2

def twice(x):
    return helper(x)

def read_all(name):
    with open(name) as f:
        return f.read()

def two_sum(nums, target):
    return []
"""


def test_a_patch_of_the_submission_s_module_reaches_the_sandbox_and_is_undone(two_sum: Problem, local_sandbox: LocalSandbox) -> None:
    # mock.patch("grep.open", side_effect=...) as Exercism's tests write it.
    submission = Submission(two_sum, PATCHED, local_sandbox)
    submission.probe()
    submission.begin_case()
    try:
        module = submission.module
        with mock.patch.object(module, "open", create=True, side_effect=lambda name: io.StringIO(f"text of {name}")) as opened:
            assert module.read_all("a.txt") == "text of a.txt"
        opened.assert_called_once_with("a.txt")
        with pytest.raises(FileNotFoundError):
            module.read_all("a.txt")  # the builtin open again
        with mock.patch.object(module, "helper", side_effect=lambda x: 100):
            assert module.twice(3) == 100
        assert module.twice(3) == 6  # the submission's own helper restored
    finally:
        submission.close()
