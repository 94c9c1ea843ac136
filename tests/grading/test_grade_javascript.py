"""JavaScript submissions graded end to end, on both sandboxes: each file in
tests/grading/javascript/ names the verdict it must get on two-sum's visible tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.grading.grade import grade_file
from judge.problem.model import Limits, Problem
from judge.verdicts import Verdict
from tests.languages.support import JS, KINDS, js_sandbox

SUBMISSIONS = sorted((Path(__file__).parent / "javascript").glob("*.js"))
# time 1 s keeps time-outs short yet leaves a memory bomb the CPU time to touch 128 MiB of pages on a loaded
# machine (it took 0.5 s once in CI); the wall limit stays far above it: a loaded machine slows a container's CPU.
LIMITS = Limits(time=1.0, wall=20.0, memory=128, output=64)


def declared(path: Path) -> Verdict:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("// verdict: "), f"{path.name} must start with `// verdict: X`"
    return Verdict[first.removeprefix("// verdict: ").strip()]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("path", SUBMISSIONS, ids=[p.stem for p in SUBMISSIONS])
def test_each_submission_gets_its_verdict(two_sum: Problem, kind: str, path: Path) -> None:
    from dataclasses import replace

    sandbox = js_sandbox(kind)
    try:
        result = grade_file(replace(two_sum, limits=LIMITS), path, sandbox, hidden=False, complexity=False)
    finally:
        sandbox.close()
    assert result.verdict is declared(path), (result.message, [(c.name, c.verdict, c.message) for c in result.cases])
    if result.verdict is Verdict.AC:
        assert result.extra.get("entry_points") in (None, {"two_sum": "twoSum"})


def test_the_language_is_picked_by_extension(two_sum: Problem) -> None:
    sandbox = js_sandbox("local")
    try:
        result = grade_file(two_sum, SUBMISSIONS[0], sandbox, hidden=False, complexity=False)
    finally:
        sandbox.close()
    assert result.verdict is Verdict.AC and JS.extensions[0] == SUBMISSIONS[0].suffix
