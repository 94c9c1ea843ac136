"""The submission as test code sees it: a module whose names stand for what lives in the sandbox.

`solution.two_sum([2, 7], 9)` and `from solution import two_sum` both reach a
`FunctionProxy`.  The submission's classes are classes here too (`RemoteClass`):
calling one makes the object in the sandbox and returns a `HandleProxy` that
behaves like it: attribute reads and writes, methods, and what Python does
with an object (`==`, `str`, operators, `len`, `in`, iteration, indexing,
hashing, truth) are forwarded to the sandbox object.  Constants arrive as
values, exception classes as the classes their raises arrive as.  Every
call is written to the trace.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, cast

from judge.display import show
from judge.languages.notation.base import snake_variable
from judge.languages.notation.python import format_args
from judge.outcomes import CannotCarry, HarnessFault, NotDefined, Raised
from judge.sandbox.described import ObjectInfo
from judge.sandbox.session import Handle

if TYPE_CHECKING:
    from judge.grading.submission import Submission


_UNREAD = object()  # a patched name the test had not read before: nothing of ours to restore


class ModuleProxy(types.ModuleType):
    def __init__(self, submission: Submission):
        super().__init__(submission.problem.module, f"the submission, run in the {submission.sandbox.name} sandbox")
        self._submission = submission
        self._names: dict[str, Any] = {}
        self._classes: dict[str, type[HandleProxy]] = {}
        self.missing: set[str] = set()  # names the tests asked for that the submission does not define

    def __getattr__(self, name: str) -> Any:
        # Private names are the tools' (hypothesis asks for `_repr_pretty_`),
        # never an entry point: they must not reach the sandbox.
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in self._names:
            self._names[name] = module_attribute(self._submission, name)
        return self._names[name]

    def __setattr__(self, name: str, value: Any) -> None:
        # The module lives in the sandbox: a test that patches it here
        # (`mock.patch("grep.open", side_effect=...)`) patches it there, the
        # mock staying here as an object the test passed.  Putting back the
        # name's own proxy (mock.patch's clean-up) restores the original.
        if name.startswith("_") or name == "missing":
            super().__setattr__(name, value)
            return
        originals = self.__dict__.setdefault("_originals", {})
        if name in originals and value is originals[name]:
            self._submission.patch_module(name, "restore")
            del originals[name]
        else:
            originals.setdefault(name, self._names.get(name, _UNREAD))
            self._submission.patch_module(name, "set", value)
        self._names[name] = value
        self.missing.discard(name)

    def __delattr__(self, name: str) -> None:
        if name.startswith("_"):
            super().__delattr__(name)
            return
        self._submission.patch_module(name, "del")
        self._names.pop(name, None)
        self.__dict__.get("_originals", {}).pop(name, None)

    def remote_class(self, name: str, methods: frozenset[str]) -> type[HandleProxy]:
        if name not in self._classes:
            attrs = {"_judge_submission": self._submission, "_judge_name": name, "_judge_class_methods": methods}
            attrs["__module__"] = self.__name__
            self._classes[name] = cast("type[HandleProxy]", RemoteClass(name, (HandleProxy,), attrs))
        return self._classes[name]


def module_attribute(sub: Submission, name: str) -> Any:
    """What `from solution import name` gives.  The runner described the
    module's names when it first loaded; an entry point it spells another way
    (camelCase, `class Solution`) is found by the runner at call time."""
    info = sub.names.names.get(name)
    entry = sub.problem.entry(name)
    if info is None:
        if sub.names.known and entry is None:
            sub.module.missing.add(name)
            raise NotDefined(f"the tests use {name!r} from {sub.problem.module}, which the submission does not define")
        if entry is not None and entry.kind == "class":
            return sub.module.remote_class(name, frozenset(m.name for m in entry.methods))
        return FunctionProxy(sub, name)
    if info.kind == "value":
        return info.value
    if info.kind == "exception":
        return info.exception
    if info.kind == "class":
        return sub.module.remote_class(name, info.methods)
    if info.kind == "function":
        return FunctionProxy(sub, name)
    return NameProxy(sub, name)


def proxy_class(sub: Submission, info: ObjectInfo) -> type[HandleProxy]:
    """A handle to an instance of one of the submission's module classes is
    an instance of that class here (isinstance and type() hold)."""
    described = sub.names.names.get(info.type_name)
    if info.is_class or info.module != sub.problem.module or described is None or described.kind != "class":
        return HandleProxy
    return sub.module.remote_class(info.type_name, described.methods)


class FunctionProxy:
    def __init__(self, submission: Submission, name: str):
        self._submission = submission
        self._judge_name = name  # passed to the submission, it is its own function again
        self.__name__ = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        sub = self._submission
        text = sub.show_call(self.__name__, None, args, kwargs)
        return sub.call({"name": self.__name__}, args, kwargs, text, self.__name__)

    def __repr__(self) -> str:
        return f"<submission's {self.__name__}>"


class RemoteObject:
    """Forwards what Python does with an object to the one in the sandbox.
    Subclasses say which object (`_judge_target`) and how the trace names it."""

    _submission: Submission
    _label: str
    _type_name: str = "object"

    def _judge_target(self) -> dict[str, Any]:
        raise NotImplementedError

    def _judge_methods(self) -> frozenset[str]:
        return frozenset()

    def _judge_show(self) -> str:
        return self._label

    def _judge_do(self, action: str, args: tuple[Any, ...], text: str, **target: Any) -> Any:
        spec = {**self._judge_target(), "do": action, **target}
        return self._submission.call(spec, args, {}, text, self._type_name, display=self._judge_incidental(action))

    def _judge_incidental(self, action: str) -> bool:
        """Whether the trace leaves this call out of the input it shows: repr()
        is pytest wording a failure, not the test asking."""
        return action == "repr"

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        declared = self._submission.params_of(self._type_name, name) is not None  # an entry's method, however spelled there
        if declared or name in self._judge_methods():
            return MethodProxy(self._submission, self._judge_target(), self._label, self._type_name, name)
        return self._judge_do("get", (), f"{self._label}.{name}", attr=name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            self._judge_do("set", (value,), f"{self._label}.{name} = {show(value)}", attr=name)

    def __delattr__(self, name: str) -> None:
        if name.startswith("_"):
            object.__delattr__(self, name)
        else:
            self._judge_do("del", (), f"del {self._label}.{name}", attr=name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        text = f"{self._label}({format_args(args, kwargs, None)})"
        return self._submission.call(self._judge_target(), args, kwargs, text, self._type_name)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._judge_do("iter", (), f"list({self._label})"))

    def __enter__(self) -> Any:
        return self._judge_do("call", (), f"{self._label}.__enter__()", attr="__enter__")

    def __exit__(self, kind: Any, error: Any, trace: Any) -> Any:
        # The exception's class and value cross as the test's own objects (and
        # come back as themselves); its traceback, frames of the judge, stays here.
        text = f"{self._label}.__exit__({'None, None, None' if kind is None else kind.__name__ + ', ...'})"
        return self._judge_do("call", (kind, error, None), text, attr="__exit__")

    def __reversed__(self) -> Iterator[Any]:
        return iter(self._judge_do("reversed", (), f"reversed({self._label})"))

    def __round__(self, ndigits: int | None = None) -> Any:
        args = () if ndigits is None else (ndigits,)
        return self._judge_do("round", args, f"round({self._label}{', ' + show(ndigits) if args else ''})")

    def __format__(self, spec: str) -> str:
        text: str = self._judge_do("format", (spec,), f"format({self._label}, {spec!r})")
        return text

    def __setitem__(self, key: Any, value: Any) -> None:
        self._judge_do("setitem", (key, value), f"{self._label}[{show(key)}] = {show(value)}")

    def __eq__(self, other: object) -> Any:
        return self._compare("eq", "==", other)

    def __ne__(self, other: object) -> Any:
        return self._compare("ne", "!=", other)

    def _compare(self, action: str, symbol: str, other: object) -> Any:
        try:
            return self._judge_do(action, (other,), f"{self._label} {symbol} {show(other)}")
        except CannotCarry:
            return NotImplemented  # a value of the test's own that cannot cross: Python tries the other side

    def __hash__(self) -> int:
        value: int = self._judge_do("hash", (), f"hash({self._label})")
        return value


def _binary(action: str, symbol: str, swap: bool) -> Callable[[RemoteObject, Any], Any]:
    def forward(self: RemoteObject, other: Any) -> Any:
        text = f"{show(other)} {symbol} {self._label}" if swap else f"{self._label} {symbol} {show(other)}"
        return self._judge_do(action, (other,), text, swap=True) if swap else self._judge_do(action, (other,), text)

    return forward


def _unary(action: str, shown: str) -> Callable[[RemoteObject], Any]:
    def forward(self: RemoteObject) -> Any:
        return self._judge_do(action, (), shown.format(self._label))

    return forward


def _with_argument(action: str, shown: str) -> Callable[[RemoteObject, Any], Any]:
    def forward(self: RemoteObject, arg: Any) -> Any:
        return self._judge_do(action, (arg,), shown.format(self._label, show(arg)))

    return forward


BINARY = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%", "pow": "**", "matmul": "@"}
BINARY |= {"lshift": "<<", "rshift": ">>", "and_": "&", "or_": "|", "xor": "^", "divmod": "divmod"}
COMPARISONS = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}
UNARY = {"neg": "-{}", "pos": "+{}", "invert": "~{}", "abs": "abs({})", "len": "len({})", "str": "str({})", "repr": "repr({})"}
UNARY |= {"bool": "bool({})", "int": "int({})", "float": "float({})", "index": "operator.index({})", "complex": "complex({})"}
UNARY |= {"next": "next({})"}
WITH_ARGUMENT = {"contains": "{1} in {0}", "getitem": "{0}[{1}]", "delitem": "del {0}[{1}]"}

for _action, _symbol in BINARY.items():
    _dunder = _action.rstrip("_")
    setattr(RemoteObject, f"__{_dunder}__", _binary(_action, _symbol, swap=False))
    setattr(RemoteObject, f"__r{_dunder}__", _binary(_action, _symbol, swap=True))
for _action, _symbol in COMPARISONS.items():
    setattr(RemoteObject, f"__{_action}__", _binary(_action, _symbol, swap=False))
for _action, _shown in UNARY.items():
    setattr(RemoteObject, f"__{_action}__", _unary(_action, _shown))
for _action, _shown in WITH_ARGUMENT.items():
    setattr(RemoteObject, f"__{_action}__", _with_argument(_action, _shown))


class HandleProxy(RemoteObject):
    """An object living in the sandbox (an `LRUCache`, say), by handle."""

    _judge_handle: Handle

    def _judge_target(self) -> dict[str, Any]:
        if not self._submission.owns(self._judge_handle):
            # Its runner is gone (each case has its own): the test kept it too long.
            raise HarnessFault("a test used an object made in an earlier case (a fixture with a wider scope?): objects live one case")
        return {"handle": self._judge_handle.key}

    def _judge_methods(self) -> frozenset[str]:
        return self._judge_handle.info.methods

    def _judge_incidental(self, action: str) -> bool:
        # `answer == [0, 1]` on an answer that is no value is the test's check,
        # not a call of the submission's: the answer itself is what is shown.
        return super()._judge_incidental(action) or (action in ("eq", "ne") and bool(self._judge_handle.info.text))

    def _judge_show(self) -> str:
        # An object the judge cannot carry as a value shows as its repr taken
        # in the sandbox (`<generator object two_sum>`, `Pair(0, 1)`); one of
        # the problem's classes as its name in the trace.
        return self._judge_handle.info.text or self._label


def make_handle_proxy(cls: type[HandleProxy], submission: Submission, handle: Handle, type_name: str, label: str) -> HandleProxy:
    # Not cls(...): calling a RemoteClass makes a new object in the sandbox.
    proxy = object.__new__(cls)
    proxy._submission = submission
    proxy._judge_handle = handle
    proxy._type_name = type_name
    proxy._label = label
    return proxy


class RemoteClass(type):
    """One of the submission's classes: calling it makes an instance in the
    sandbox; its class and static methods and attributes are the sandbox's."""

    _judge_submission: Submission
    _judge_name: str
    _judge_class_methods: frozenset[str]

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        sub, name = cls._judge_submission, cls._judge_name
        text = sub.show_call(name, None, args, kwargs, construct=True)
        return sub.call({"name": name}, args, kwargs, text, name)

    def __getattr__(cls, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        sub, owner = cls._judge_submission, cls._judge_name
        if name in cls._judge_class_methods:
            return MethodProxy(sub, {"name": owner}, owner, owner, name)
        return sub.call({"name": owner, "attr": name, "do": "get"}, (), {}, f"{owner}.{name}", owner)

    def __instancecheck__(cls, obj: Any) -> bool:
        # An instance of a subclass the test did not import is one of these too.
        if type.__instancecheck__(cls, obj):
            return True
        return isinstance(obj, HandleProxy) and cls._judge_name in obj._judge_handle.info.mro


class NameProxy(RemoteObject):
    """A module-level object of the submission that is neither data nor a
    function or class (an instance made at import), by name."""

    def __init__(self, submission: Submission, name: str):
        self._submission = submission
        self._judge_name = name
        self._label = name

    def _judge_target(self) -> dict[str, Any]:
        return {"name": self._judge_name}


class MethodProxy:
    def __init__(self, submission: Submission, owner: dict[str, Any], label: str, type_name: str, name: str):
        self._submission = submission
        self._owner = owner
        self._label = label
        self._type_name = type_name
        self.__name__ = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        sub = self._submission
        text = sub.show_call(self._type_name, self.__name__, args, kwargs, receiver=self._label)
        return sub.call({**self._owner, "attr": self.__name__}, args, kwargs, text, self._type_name)

    def __repr__(self) -> str:
        return f"<submission's {self._label}.{self.__name__}>"


def describe_outcome(value: Any) -> str:
    return show(value)


def describe_raise(info: Raised) -> str:
    where = f" (line {info.line})" if info.line else ""
    return f"raised {info}{where}"


def variable_name(type_name: str, number: int) -> str:
    # LRUCache -> lru_cache, MinStack -> min_stack (Python's names; each language has its own: Notation.variable)
    return snake_variable(type_name, number)
