"""The submission under test: its source, a runner per case, and the trace."""

from __future__ import annotations

import threading
from typing import Any

from judge.background import InThread, non_judge_threads
from judge.grading import trace as trace_module
from judge.grading.ahead import AHEAD, RunnersAhead
from judge.grading.opaque import answer_text, hidden_kind, is_opaque
from judge.grading.proxy import HandleProxy, ModuleProxy, describe_raise, make_handle_proxy, proxy_class
from judge.languages import PYTHON, Language
from judge.languages.fit import check_arguments
from judge.languages.notation import Call, returns_of
from judge.languages.types import Type
from judge.outcomes import CaseOver, HarnessFault, RunnerCrashed, raised_by_submission
from judge.problem.model import Problem
from judge.sandbox.base import Death, Pod, Sandbox
from judge.sandbox.described import Names
from judge.sandbox.session import Handle, RunnerSession

PROBE = "judge-probe"  # the probe's thread


class Submission:
    """One case at a time gets a fresh runner: state, crashes and time-outs
    never leak from one case into the next."""

    def __init__(self, problem: Problem, source: str, sandbox: Sandbox, filename: str | None = None, language: Language | None = None):
        self.problem = problem
        self.source = source
        self.language = language or PYTHON
        self.notation = self.language.notation()  # how reports write its calls and values: in its own language
        self.filename = filename or self.language.source_name(problem.module)  # what errors call it: the candidate's file
        self.aliases: dict[str, str] = {}  # entry points spelled the LeetCode way: {"two_sum": "Solution.twoSum"}
        self.sandbox = sandbox
        self.module = ModuleProxy(self)
        self.trace = trace_module.current
        self.python = ""
        self.cpu_max = 0.0  # the most CPU one call used in the current case
        self._pod: Pod | None = None
        self.case_fault: CaseOver | None = None
        self._session: RunnerSession | None = None
        self._ahead = RunnersAhead()  # fresh runners for the cases to come, the probe's first
        self._in_case = False
        self._calling = "object"
        self._starting = threading.Lock()
        self._threads_at_start = non_judge_threads()
        self._names = Names()  # the module's public names, learnt from the first load
        self._probing: InThread[RunnerSession] | None = None
        self._probe_error: BaseException | None = None
        self._probe_lock = threading.Lock()
        self._early: list[InThread[RunnerSession]] = []  # runners the probe started for the cases after the first

    # -- cases ------------------------------------------------------------
    def probe(self) -> None:
        """Load once before any test: a submission that does not load is CE
        (or TLE/MLE) as a whole, and the loaded runner serves the first case."""
        self.start_probe()
        self.probed()

    def start_probe(self) -> None:
        """`probe` in the background: pytest starts and collects meanwhile,
        and waits (`probed`) where it needs the module's names or a runner."""
        self._probing = InThread(self._first_runner, PROBE)

    def probed(self) -> None:
        """Wait for the probe; what it raised is raised here, each time asked."""
        self._settle_probe()
        if self._probe_error is not None:
            raise self._probe_error

    def _settle_probe(self) -> None:
        with self._probe_lock:
            probing, self._probing = self._probing, None
            if probing is None:
                return
            try:
                self._ahead.add(probing.result())
            except BaseException as exc:  # noqa: BLE001 - kept, and raised to every caller of `probed`
                self._probe_error = exc
            for started in self._early:  # after the probe's: the first case takes the probe's runner
                self._ahead.add_started(started)
            self._early = []

    def _first_runner(self) -> RunnerSession:
        self._pod = self.sandbox.open(self.problem.limits, self.language)
        session = self._new_session()
        # The next cases' runners start now, while pytest still collects,
        # not when the first case begins: it often ends before one is ready.
        self._early = [InThread(self._new_session, AHEAD) for _ in range(self._pod.starts_ahead)]
        return session

    def begin_case(self, cases_left: int | None = None) -> None:
        """`cases_left`: this one and those after it, when known: no runner
        is started ahead for a case that will not come."""
        self.probed()
        self.end_case()
        self.case_fault = None
        self._in_case = True
        if self._pod is not None and self._pod.starts_ahead:
            depth = 1 + self._pod.starts_ahead
            self._ahead.fill(depth if cases_left is None else min(depth, cases_left), self._new_session)
        self._threads_at_start = non_judge_threads()  # a thread started after this is the test's
        self.trace.reset()
        self.trace.notation = self.notation
        self.cpu_max = 0.0

    def end_case(self) -> None:
        """Close the case's runner; a sandbox the submission sabotaged
        (its supervisor killed) is that case's fault, found here."""
        if self._session is not None:
            end = self._session.close()
            if end is not None and end.death is Death.SABOTAGED:
                self.case_fault = RunnerCrashed(f"{end.detail} (by the submission)")
            if end is not None and end.death is not Death.EXITED:
                self._ahead.discard()  # the runner died: those started beside it may share its fate (a killed fork server)
            self._session = None
        self._in_case = False

    def close(self) -> None:
        self._settle_probe()
        self.end_case()
        self._ahead.discard()
        if self._pod is not None:
            self._pod.close()
            self._pod = None

    def session(self) -> RunnerSession:
        if not self._in_case:
            raise HarnessFault("a test called the submission outside a test case (at import time?)")
        with self._starting:  # test threads may make a case's first calls at once
            if self._session is None:
                self._session = self._ahead.take(self._new_session)
                self._session.threads_before = self._threads_at_start
            return self._session

    def _new_session(self) -> RunnerSession:
        if self._pod is None:
            raise HarnessFault("a runner was asked for before the submission was probed")
        session = RunnerSession(self._pod, self.problem.limits, self._wrap)
        try:
            session.start()
            entries = [e.to_wire() for e in self.problem.entries]
            wired = self.sandbox.runner_limits(self.problem.limits)
            fields, compiling = self.language.load_fields(self.problem), self.language.compile_seconds
            names = not self._names.known
            session.load(
                self.source, self.filename, self.problem.module, entries, wired, names=names, fields=fields, compile_seconds=compiling
            )
        except BaseException:
            session.close()
            raise
        self.python = session.python
        self.aliases = session.aliases
        if session.names.known:
            self._names = session.names
        return session

    @property
    def names(self) -> Names:
        """The module's public names (what `from solution import x` finds): known once the probe has loaded it."""
        self.probed()
        return self._names

    # -- calls ------------------------------------------------------------
    def call(
        self, target: dict[str, Any], args: tuple[Any, ...], kwargs: dict[str, Any], text: str, type_name: str, display: bool = False
    ) -> Any:
        if self.language is not PYTHON:
            args, kwargs = check_arguments(self.problem, target, type_name, args, kwargs)  # a Java int cannot take 2**40
        session = self.session()
        record = self.trace.called(text, display)
        self._calling = type_name
        try:
            value = session.call(target, args, kwargs)
        except CaseOver as over:
            record.outcome = over.verdict.name
            if session.fault is over and not session.ending:
                # The runner is gone: the case ends with this verdict even if
                # the test never sees it (a test thread dies unseen, a repr()
                # that pytest or unittest makes safe swallows it).  Not once
                # the case is over: calls the test left blocked end then.
                self.note_fault(over)
            raise
        except Exception as exc:
            info = raised_by_submission(exc)
            if info is not None:
                record.outcome = describe_raise(info)
            raise
        finally:
            self.cpu_max = max(self.cpu_max, session.cpu)
            for printed in session.take_printed():
                self.trace.printed.add(printed)
        if isinstance(value, HandleProxy):
            record.text = self.notation.declare(value._label, value._type_name, text)
        returns = self._returns(target, type_name)
        record.returns, record.answer = returns, value
        record.outcome = answer_text(value, lambda shown: self.notation.value(shown, returns, result=True))
        record.opaque = hidden_kind(value, self.names) if is_opaque(value) else ""
        return value

    def patch_module(self, name: str, action: str, *value: Any) -> None:
        """Set, delete or restore (`action`) a name of the submission's module in the case's runner."""
        self.session().call({"module": True, "attr": name, "do": action}, value, {})

    def owns(self, handle: Handle) -> bool:
        """Whether `handle` is an object of the current case's runner."""
        return self._session is not None and handle.session is self._session

    def note_fault(self, over: CaseOver) -> None:
        if self.case_fault is None or over.verdict.severity > self.case_fault.verdict.severity:
            self.case_fault = over

    def _wrap(self, handle: Handle) -> HandleProxy:
        # Numbered per example (the trace resets with each), so the
        # counterexample reads `lru_cache = LRUCache(2)`, not `lrucache201`.
        self.trace.handles += 1
        entry = self.problem.entry(self._calling)
        own = handle.info.type_name
        # An object of another class of the module (a BST's `TreeNode`, returned
        # by a method) keeps its own name, so its fields read as fields, not as
        # the caller's methods of the same name (`data`).
        own_class = getattr(self._names.names.get(own), "kind", None) == "class"
        type_name = self._calling if entry is not None and entry.kind == "class" and not own_class else own
        cls = proxy_class(self, handle.info)
        return make_handle_proxy(cls, self, handle, type_name, self.notation.variable(type_name, self.trace.handles))

    def show_call(
        self, owner: str, method: str | None, args: tuple[Any, ...], kwargs: dict[str, Any], receiver: str = "", construct: bool = False
    ) -> str:
        """The call as the trace shows it, in the submission's language (`new Solution().twoSum(...)` in Java)."""
        spelled = self.aliases.get(owner if method is None else f"{owner}.{method}", "")
        signature = self.problem.signature_of(owner, method)
        return self.notation.call(Call(owner, method, args, kwargs, signature, construct, receiver, spelled))

    def _returns(self, target: dict[str, Any], type_name: str) -> Type | None:
        """The declared type of what a call answers (None for an operator, or a name the problem does not declare)."""
        if target.get("do", "call") != "call":
            return None
        return returns_of(self.problem.signature_of(type_name, target.get("attr")))

    def params_of(self, name: str, method: str | None = None) -> tuple[str, ...] | None:
        signature = self.problem.signature_of(name, method)
        return signature.params if signature is not None else None
