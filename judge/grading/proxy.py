"""The submission as test code sees it: a module whose names call into the sandbox.

`solution.two_sum([2, 7], 9)` and `from solution import two_sum` both reach a
`FunctionProxy`; a class call returns a `HandleProxy` whose methods call the
object that lives in the sandbox.  Every call is written to the trace.
"""

from __future__ import annotations

import re
import types
from typing import TYPE_CHECKING, Any

from judge.display import show
from judge.outcomes import SubmissionError
from judge.sandbox.session import Handle

if TYPE_CHECKING:
    from judge.grading.submission import Submission


class ModuleProxy(types.ModuleType):
    def __init__(self, submission: Submission):
        super().__init__(submission.problem.module, f"the submission, run in the {submission.sandbox.name} sandbox")
        self._submission = submission

    def __getattr__(self, name: str) -> Any:
        # Private names are the tools' (hypothesis asks for `_repr_pretty_`),
        # never an entry point: they must not reach the sandbox.
        if name.startswith("_"):
            raise AttributeError(name)
        return FunctionProxy(self._submission, name)


class FunctionProxy:
    def __init__(self, submission: Submission, name: str):
        self._submission = submission
        self.__name__ = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        sub = self._submission
        params = sub.params_of(self.__name__)
        text = f"{self.__name__}({format_args(args, kwargs, params)})"
        return sub.call({"name": self.__name__}, args, kwargs, text, self.__name__)

    def __repr__(self) -> str:
        return f"<submission's {self.__name__}>"


class HandleProxy:
    """An object living in the sandbox (an `LRUCache`, say)."""

    def __init__(self, submission: Submission, handle: Handle, type_name: str, label: str):
        self._submission = submission
        self._judge_handle = handle
        self._type_name = type_name
        self._label = label

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return MethodProxy(self, name)

    def __repr__(self) -> str:
        return self._label


class MethodProxy:
    def __init__(self, owner: HandleProxy, name: str):
        self._owner = owner
        self.__name__ = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        owner = self._owner
        sub = owner._submission
        params = sub.params_of(owner._type_name, self.__name__)
        text = f"{owner._label}.{self.__name__}({format_args(args, kwargs, params)})"
        target = {"handle": owner._judge_handle.key, "attr": self.__name__}
        return sub.call(target, args, kwargs, text, owner._type_name)

    def __repr__(self) -> str:
        return f"<submission's {self._owner._label}.{self.__name__}>"


def format_args(args: tuple[Any, ...], kwargs: dict[str, Any], params: tuple[str, ...] | None) -> str:
    parts = []
    for i, arg in enumerate(args):
        name = params[i] if params is not None and i < len(params) else None
        parts.append(f"{name}={show(arg)}" if name else show(arg))
    parts += [f"{k}={show(v)}" for k, v in kwargs.items()]
    return ", ".join(parts)


def describe_outcome(value: Any) -> str:
    return show(value)


def describe_raise(exc: SubmissionError) -> str:
    where = f" (line {exc.line})" if exc.line else ""
    return f"raised {exc}{where}"


def variable_name(type_name: str, number: int) -> str:
    # LRUCache -> lru_cache, MinStack -> min_stack
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", type_name.rsplit(".", 1)[-1]).lower() or "obj"
    return snake if number == 1 else f"{snake}{number}"
