"""Generated inputs for io problems: hypothesis draws input texts from
`inputs()` in the problem's generator.py, the reference program answers
each, and the submission must agree (by the problem's checker).  A failing
input is shrunk to the smallest hypothesis finds, and shown in full: it was
generated, not taken from the secret data.

A resource verdict (TLE, MLE, OLE) stops the search at once: shrinking
through repeated time-outs would cost minutes and find nothing smaller that
matters.  A reference that fails on a generated input is the problem's
fault: IE.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.strategies import SearchStrategy

from judge.errors import ProblemFormatError
from judge.problem.model import Problem
from judge.programs.checkers import Checker
from judge.programs.run import run_once, run_verdict
from judge.results import CaseResult, Counterexample
from judge.sandbox.base import Pod, Sandbox
from judge.verdicts import Verdict

NAME = "generated"
CATEGORY = "random inputs"
SHOWN_CHARS = 4000
RESOURCE_VERDICTS = (Verdict.TLE, Verdict.MLE, Verdict.OLE)


class Failed(Exception):
    """A wrong answer or a crash: hypothesis shrinks the input."""


class Stopped(BaseException):
    """A resource verdict or the reference failing: hypothesis stops at once (BaseException is not shrunk)."""


def generated_inputs(problem: Problem) -> SearchStrategy[str] | None:
    """`inputs()` of generator.py, if the problem has one; ProblemFormatError naming it if it is broken."""
    path = problem.generator
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"judge_io_generator_{abs(hash(path))}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
        strategy = module.inputs()
    except Exception as exc:  # noqa: BLE001 - the setter's code: any fault is a format error, named
        raise ProblemFormatError(path, f"inputs() failed: {type(exc).__name__}: {exc}") from None
    if not isinstance(strategy, SearchStrategy):
        raise ProblemFormatError(path, "inputs() must return a hypothesis strategy of input texts")
    return strategy


def generated_case(problem: Problem, source: str, sandbox: Sandbox, pod: Pod, checker: Checker) -> CaseResult:
    """One case: the property "agrees with the reference on every generated input"."""
    try:
        strategy = generated_inputs(problem)
    except ProblemFormatError as exc:
        return _case(Verdict.IE, str(exc))
    assert strategy is not None
    search = _Search(problem, source, sandbox, pod, checker)
    reference_pod = sandbox.open(problem.limits)
    search.reference_pod = reference_pod
    try:
        _search(strategy, problem.max_examples, search.example)
    except (Failed, Stopped):
        pass
    finally:
        reference_pod.close()
    return search.result or _case(Verdict.AC, "", cpu=search.cpu)


def _search(strategy: SearchStrategy[str], examples: int, body: Any) -> None:
    chosen = settings(
        database=None,
        derandomize=True,
        deadline=None,
        max_examples=examples,
        phases=(Phase.explicit, Phase.generate, Phase.shrink),
        report_multiple_bugs=False,
        print_blob=False,
        suppress_health_check=list(HealthCheck),
    )
    chosen(given(strategy)(body))()


class _Search:
    def __init__(self, problem: Problem, source: str, sandbox: Sandbox, pod: Pod, checker: Checker):
        self.problem, self.source, self.sandbox, self.pod, self.checker = problem, source, sandbox, pod, checker
        self.reference_pod: Pod | None = None
        self.reference = problem.reference.read_text(encoding="utf-8")
        self.answers: dict[str, str] = {}
        self.result: CaseResult | None = None  # the last failure: after shrinking, the smallest
        self.cpu = 0.0

    def example(self, text: str) -> None:
        answer = self._answer(text)
        run, _ = run_once(self.pod, self.sandbox, self.problem, self.source, text)
        self.cpu = max(self.cpu, run.cpu)
        verdict, message = run_verdict(self.problem, run)
        if verdict is Verdict.AC:
            verdict, message = self._judge(text, answer, run.stdout)
        if verdict is Verdict.AC:
            return
        shown = Counterexample(_shown(text), _shown(answer), _shown(run.stdout)) if verdict in (Verdict.WA, Verdict.RE) else None
        self.result = _case(verdict, message, run.cpu, shown)
        raise (Stopped if verdict in RESOURCE_VERDICTS or verdict is Verdict.IE else Failed)()

    def _answer(self, text: str) -> str:
        if text not in self.answers:
            assert self.reference_pod is not None
            run, _ = run_once(self.reference_pod, self.sandbox, self.problem, self.reference, text)
            verdict, message = run_verdict(self.problem, run)
            if verdict is not Verdict.AC:
                first = message.splitlines()[0] if message else ""
                self.result = _case(
                    Verdict.IE,
                    f"the reference got {verdict.name} on a generated input: {first}",
                    counterexample=Counterexample(_shown(text), None, _shown(run.stdout)),
                )
                raise Stopped()
            self.answers[text] = run.stdout
        return self.answers[text]

    def _judge(self, text: str, answer: str, output: str) -> tuple[Verdict, str]:
        # The checker reads files (a validator program is given their paths).
        with tempfile.TemporaryDirectory(prefix="judge-generated-") as folder:
            given_path, answer_path = Path(folder) / "input.in", Path(folder) / "answer.ans"
            given_path.write_text(text, encoding="utf-8")
            answer_path.write_text(answer, encoding="utf-8")
            judged = self.checker.judge(given_path, answer_path, output)
        return judged.verdict, judged.message


def _case(verdict: Verdict, message: str, cpu: float = 0.0, counterexample: Counterexample | None = None) -> CaseResult:
    return CaseResult(NAME, "hidden", CATEGORY, verdict, message, 1.0, cpu, None, counterexample)


def _shown(text: str) -> str:
    text = text.rstrip()
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + f"\n... [{len(text) - SHOWN_CHARS} more characters]"
