"""Running the ladder for a pair of sources: each in its own pod.

The reference never enters the candidate's sandbox: it gets a pod of its own
from the same kind of sandbox, so both run under the same interpreter and
limits, measured the same way.
"""

from __future__ import annotations

import time
from pathlib import Path

from judge.background import at_once
from judge.complexity.ladder import LadderConfig, MakeInput, measure_growth
from judge.complexity.verdict import ComplexityResult
from judge.languages import PYTHON, Language
from judge.outcomes import CaseOver
from judge.problem.code import import_file
from judge.problem.model import Limits
from judge.sandbox.base import Sandbox
from judge.sandbox.session import RunnerSession

FILENAME = "solution.py"


def compare(
    candidate: str,
    reference: str,
    make_input: MakeInput,
    config: LadderConfig,
    sandbox: Sandbox,
    limits: Limits,
    language: Language | None = None,
    fields: dict[str, str] | None = None,
    paired: bool = False,
) -> ComplexityResult:
    """The growth verdict for `candidate` (in `language`, default Python) against `reference` (both source texts);
    `fields`: what the candidate's load carries besides (the language's glue).  `paired`: the reference is
    in the candidate's language too (measured by the same runtime, its CPU times compare best)."""
    started = time.monotonic()
    language = language or PYTHON
    other = language if paired else PYTHON
    pods = [sandbox.open(limits, language), sandbox.open(limits, other)]
    sessions = [RunnerSession(pod, limits) for pod in pods]
    filenames = (language.source_name("solution"), other.source_name("solution") if paired else FILENAME)

    def loaded(index: int, source: str) -> RunnerSession:
        session = sessions[index]
        session.start()
        extra, compiling = (fields, language.compile_seconds) if index == 0 or paired else (None, 0.0)  # the candidate's own
        session.load(source, filenames[index], "solution", [], sandbox.runner_limits(limits), fields=extra, compile_seconds=compiling)
        return session

    try:
        # Both runners start at once: a container, a JVM or a compiler each, waited for once.
        at_once(lambda: loaded(1, reference), lambda: loaded(0, candidate))
        result = measure_growth(sessions[0], sessions[1], make_input, config)
    except CaseOver as over:
        return ComplexityResult(config.label, "unknown", "inconclusive", 0.0, f"could not be measured: {over.message}")
    finally:
        for session in sessions:
            session.close()
        for pod in pods:
            pod.close()
    return _with_seconds(result, time.monotonic() - started, language)


def _with_seconds(result: ComplexityResult, seconds: float, language: Language) -> ComplexityResult:
    data = result.to_json()
    data["seconds"] = round(seconds, 3)
    if language is not PYTHON and data.get("message"):
        data["message"] = f"{data['message']} (from CPU time: the work count is Python-only)"
    return ComplexityResult.from_json(data)


def load_generator(path: Path) -> MakeInput:
    """`make_input(n, rng)` from a problem's generator.py (trusted code)."""
    module = import_file(path, f"judge_generator_{path.parent.name.replace('-', '_')}")
    make_input = getattr(module, "make_input", None)
    if not callable(make_input):
        raise ImportError(f"{path} defines no make_input(n, rng)")
    return make_input  # type: ignore[no-any-return]
