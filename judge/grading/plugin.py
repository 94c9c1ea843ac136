"""The pytest plugin that runs a problem's tests against a submission.

Tests are plain pytest: the `solution` fixture (or `import solution`) is the
submission behind the sandbox, and `reference` is the reference solution,
imported here on the trusted side.  The plugin gives each case a fresh
runner, pins hypothesis so grading is reproducible, and turns each test's
outcome into a `CaseResult`.
"""

from __future__ import annotations

import functools
import sys
import types
from collections.abc import Callable, Generator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings

from judge.grading.classify import Judgement, clip, judge_exception
from judge.grading.explain import Compared, explain
from judge.grading.submission import Submission
from judge.problem.code import import_file
from judge.results import CaseResult, Counterexample
from judge.verdicts import Verdict

PROFILE = "judge-grading"
COUNTEREXAMPLE_VERDICTS = (Verdict.WA, Verdict.RE)
# Hidden cases whose data the candidate has anyway (the statement's examples): shown in full.
PUBLIC_CATEGORIES = ("examples",)


def register_profile(max_examples: int) -> None:
    """Same submission, same examples, same shrink: every run."""
    settings.register_profile(
        PROFILE,
        # Not the loaded profile, which is hypothesis's "ci" one on CI.
        parent=settings.get_profile("default"),
        database=None,
        derandomize=True,
        deadline=None,  # the sandbox measures time; wall clocks here would add noise
        print_blob=False,
        report_multiple_bugs=False,
        max_examples=max_examples,
        phases=(Phase.explicit, Phase.generate, Phase.shrink),
        suppress_health_check=(
            HealthCheck.too_slow,
            HealthCheck.function_scoped_fixture,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ),
    )


class JudgePlugin:
    def __init__(
        self,
        submission: Submission,
        on_case: Callable[[CaseResult], None] = lambda case: None,
        enough: Callable[[Sequence[CaseResult]], bool] = lambda cases: False,
    ):
        self.submission = submission
        self.problem = submission.problem
        self.on_case = on_case
        self.enough = enough  # True: no case after these may change what the grading is for
        self.results: list[CaseResult] = []
        self.collection_errors: list[str] = []
        self._failures: dict[str, tuple[str, BaseException]] = {}
        self._excinfo: dict[str, pytest.ExceptionInfo[BaseException]] = {}
        self._compared: Compared | None = None  # the last `==` that failed in the current case
        self._skipped: set[str] = set()
        self._saved_module: types.ModuleType | None = None
        self._saved_profile = "default"
        self._reference: types.ModuleType | None = None
        self._cases_left = 0  # the current case and those after it

    # -- session ----------------------------------------------------------
    def pytest_configure(self, config: pytest.Config) -> None:
        name = self.problem.module
        self._saved_module = sys.modules.get(name)
        sys.modules[name] = self.submission.module
        self._saved_profile = settings.get_current_profile_name()
        register_profile(self.problem.max_examples)
        settings.load_profile(PROFILE)

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        name = self.problem.module
        if self._saved_module is None:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = self._saved_module
        settings.load_profile(self._saved_profile)

    @pytest.fixture
    def solution(self) -> types.ModuleType:
        """The submission, running in the sandbox."""
        return self.submission.module

    @pytest.fixture
    def reference(self) -> types.ModuleType:
        """The reference solution, imported on the trusted side."""
        if self._reference is None:
            self._reference = import_reference(self.problem.reference, self.problem.slug)
        return self._reference

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self.collection_errors.append(f"{report.nodeid}: {clip(report.longreprtext.strip().splitlines()[-1])}")

    # -- cases ------------------------------------------------------------
    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session: pytest.Session) -> bool | None:
        """The probe ran while pytest started and collected: a submission
        that did not load runs no case (each would load it again, and a
        load that times out would time out at every case).  True: the loop
        is done; the grading reports the probe's fault."""
        try:
            self.submission.probed()
        except BaseException:  # noqa: BLE001 - raised again by the grading, after pytest
            return True
        self._cases_left = len(session.items)
        return None

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, Any, Any]:
        self.submission.begin_case(self._cases_left)
        self._cases_left -= 1
        self._compared = None
        self._reset_trace_per_example(item)
        try:
            return (yield)
        finally:
            self.submission.end_case()
            self._record(item)
            if self.enough(self.results):
                item.session.shouldfail = "the grading has its answer"  # pytest ends the run as after -x: cases failed

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
        report = yield
        if report.skipped:
            self._skipped.add(item.nodeid)
        elif report.failed and call.excinfo is not None and item.nodeid not in self._failures:
            self._failures[item.nodeid] = (call.when, call.excinfo.value)
            self._excinfo[item.nodeid] = call.excinfo
        return report

    @pytest.hookimpl(wrapper=True)
    def pytest_assertrepr_compare(self, config: pytest.Config, op: str, left: Any, right: Any) -> Generator[None, Any, Any]:
        # `assert actual == expected`: remember the expected side.
        if op == "==":
            self.submission.trace.expect(right, explicit=False)
        self._compared = Compared(op, left, right)
        # What pytest asks of a sandbox object while it words the failure
        # (its repr, its items) is not what the test asked: the trace leaves it out.
        self.submission.trace.wording = True
        try:
            return (yield)
        finally:
            self.submission.trace.wording = False

    def _reset_trace_per_example(self, item: pytest.Item) -> None:
        handle = getattr(getattr(item, "obj", None), "hypothesis", None)
        if handle is None or getattr(handle.inner_test, "_judge_wrapped", False):
            return
        inner = handle.inner_test
        trace = self.submission.trace

        @functools.wraps(inner)
        def each_example(*args: Any, **kwargs: Any) -> Any:
            trace.reset()
            return inner(*args, **kwargs)

        each_example._judge_wrapped = True  # type: ignore[attr-defined]
        handle.inner_test = each_example

    def _record(self, item: pytest.Item) -> None:
        # Runs after the case's runner is closed: a sabotaged sandbox is known by now.
        if item.nodeid in self._skipped and item.nodeid not in self._failures:
            return
        hidden = self.problem.hidden_dir in Path(str(item.path)).parents
        info = self.problem.case_info(item.name, hidden)
        is_property = hasattr(getattr(item, "obj", None), "hypothesis")
        failure = self._failures.pop(item.nodeid, None)
        judgement = judge_exception(failure[1], failure[0]) if failure else Judgement(Verdict.AC, "", "")
        excinfo = self._excinfo.pop(item.nodeid, None)
        if failure is not None and excinfo is not None and judgement.verdict is Verdict.WA and isinstance(failure[1], AssertionError):
            told = explain(excinfo, Path(str(item.path)), self._compared, judgement.message, self.submission.trace)
            judgement = replace(judgement, message=clip(told)) if told else judgement
        fault = self.submission.case_fault
        if fault is not None and fault.verdict.severity > judgement.verdict.severity:
            judgement = judge_exception(fault, "call")
        case = CaseResult(
            name=item.name,
            visibility="hidden" if hidden else "visible",
            category=info.category or ("random inputs" if is_property else ""),
            verdict=judgement.verdict,
            message=judgement.message if not hidden or self._public(info.category, judgement) else self._hidden_message(judgement),
            points=info.points,
            cpu=round(self.submission.cpu_max, 6),
            line=judgement.line,
            counterexample=self._counterexample(judgement) if is_property else None,
            stdout="" if hidden else self.submission.trace.printed.text(),  # the submission's text: never a hidden case's
        )
        self.results.append(case)
        self.on_case(case)

    @staticmethod
    def _public(category: str, judgement: Judgement) -> bool:
        """A hidden case of the statement's examples shows its failed assertion:
        the data is the candidate's already.  Only a WA's: an exception's
        message is the submission's own text, which a hidden case never shows."""
        return category in PUBLIC_CATEGORIES and judgement.verdict is Verdict.WA

    def _hidden_message(self, judgement: Judgement) -> str:
        """A hidden wrong answer that was no value at all says what kind of object it was."""
        opaque = self.submission.trace.last_opaque() if judgement.verdict is Verdict.WA else ""
        if not opaque:
            return judgement.hidden_message
        return f"{judgement.hidden_message}: the answer was {opaque}, not a value the judge can compare"

    def _counterexample(self, judgement: Judgement) -> Counterexample | None:
        trace = self.submission.trace
        if judgement.verdict not in COUNTEREXAMPLE_VERDICTS or not trace.calls:
            return None
        return Counterexample(trace.input_text(), trace.expected_text(), trace.actual_text())


def import_reference(path: Path, slug: str) -> types.ModuleType:
    """The reference runs in-process: it is the problem setter's code, not the candidate's."""
    return import_file(path, f"judge_reference_{slug.replace('-', '_')}")
