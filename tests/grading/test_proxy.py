"""The submission's module as tests see it: what a test cannot do to it is the test's fault."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from unittest import mock

import pytest

from judge.grading.submission import Submission
from judge.outcomes import HarnessFault
from judge.problem.model import Problem
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict


@pytest.mark.parametrize("patch", [lambda m: mock.patch.object(m, "open", create=True).start(), lambda m: setattr(m, "two_sum", len)])
def test_patching_the_submission_s_module_ends_the_case_as_ie(
    two_sum: Problem, local_sandbox: LocalSandbox, patch: Callable[[ModuleType], object]
) -> None:
    submission = Submission(two_sum, "def two_sum(nums, target):\n    return []\n", local_sandbox)
    with pytest.raises(HarnessFault, match=r"a test patches solution\.(open|two_sum): the submission's module lives in the sandbox"):
        patch(submission.module)
    assert submission.case_fault is not None and submission.case_fault.verdict is Verdict.IE


def test_the_proxy_s_own_and_private_attributes_are_still_set(two_sum: Problem, local_sandbox: LocalSandbox) -> None:
    module = Submission(two_sum, "def two_sum(nums, target):\n    return []\n", local_sandbox).module
    module.__spec__ = None
    module.missing = {"x"}
    assert module.missing == {"x"}
