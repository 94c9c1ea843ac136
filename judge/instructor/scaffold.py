"""The files of a new problem, rendered from its entry's signature.

Every place the setter must write is marked `TODO(judge): what to write`;
`judge validate` lists the markers left, file by file, and runs the other
checks once they are gone.  What can be derived is written out: stubs with
the signature, a property test against the reference and a ladder generator
whose inputs follow the parameter types (plain types only; others are left
as placeholders under a marker).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from judge.errors import UsageError
from judge.instructor import typemap
from judge.instructor.todo import MARKER

TODO = MARKER


@dataclass(frozen=True)
class Param:
    name: str
    annotation: str | None

    @property
    def node(self) -> ast.expr | None:
        return typemap.parse(self.annotation)


@dataclass(frozen=True)
class Sig:
    name: str
    text: str  # as given: "merge_intervals(intervals: list[list[int]]) -> list[list[int]]"
    params: tuple[Param, ...]

    @property
    def arg_names(self) -> str:
        return ", ".join(p.name for p in self.params)


@dataclass(frozen=True)
class Spec:
    """What `judge new` was asked for."""

    slug: str
    title: str
    entry: Sig  # the function, or the class with its constructor's parameters
    methods: tuple[Sig, ...] = ()
    is_class: bool = False


def parse_signature(text: str, option: str) -> Sig:
    """`name(a: T, ...) -> R` as a Sig; a usage error naming the option if it is not one."""
    try:
        tree = ast.parse(f"def {text.strip()}: pass")
        func = tree.body[0]
    except SyntaxError:
        raise UsageError(f"{option} {text!r} is not a signature like 'name(x: int) -> int'") from None
    if len(tree.body) != 1 or not isinstance(func, ast.FunctionDef):
        raise UsageError(f"{option} {text!r} is not a signature like 'name(x: int) -> int'")
    args = [a for a in func.args.posonlyargs + func.args.args + func.args.kwonlyargs if a.arg != "self"]
    params = tuple(Param(a.arg, ast.unparse(a.annotation) if a.annotation else None) for a in args)
    return Sig(func.name, text.strip(), params)


def render(spec: Spec) -> dict[str, str]:
    """Relative path -> text, for every file of the new problem."""
    files = {
        "problem.toml": _problem_toml(spec),
        "statement.md": _statement(spec),
        "starter/solution.py": _stub(spec, 'raise NotImplementedError("write your solution here")'),
        "reference/solution.py": _stub(spec, f"raise NotImplementedError  # {TODO}: the reference solution"),
        "tests/test_visible.py": _visible_tests(spec),
        "hidden/test_hidden.py": _hidden_tests(spec),
        "generator.py": _generator(spec),
        "wrong/WA/wrong_answer.py": _stub(spec, f"raise NotImplementedError  # {TODO}: a plausible wrong answer (or delete this file)"),
        "wrong/TLE/too_slow.py": _stub(spec, f"raise NotImplementedError  # {TODO}: right but slower in class (or delete this file)"),
    }
    return files


def _problem_toml(spec: Spec) -> str:
    if spec.is_class:
        methods = ", ".join(f'"{m.text}"' for m in spec.methods)
        entry = f'class = "{spec.entry.text}"\nmethods = [{methods}]'
    else:
        entry = f'function = "{spec.entry.text}"'
    ladder = f'[ladder]\nentry = "{spec.entry.name}"\nmin_n = 16\nmax_n = 100000\n'
    # A class is measured over a sequence of operations, so its label is per operation.
    per_op = " per operation" if spec.is_class else ""
    label = "O(1) per operation" if spec.is_class else "O(n)"
    return f"""title = "{spec.title}"
difficulty = "medium"  # {TODO}: easy | medium | hard
topics = ["todo"]  # {TODO}: the topics, like "arrays", "hash map"
complexity = "{label}"  # {TODO}: the reference's class, like "O(n log n){per_op}"

[[entry]]
{entry}

[limits]
time = 1.0  # CPU seconds per call: `judge validate --calibrate` sets it from the reference

[cases.test_examples]
category = "examples"

[cases.test_edge_cases]
category = "edge cases"  # {TODO}: one [cases.<test>] per hidden test, its category shown to candidates

[cases.test_matches_reference]
category = "random inputs"
points = 3

{ladder}"""


def _statement(spec: Spec) -> str:
    call = f"{spec.entry.name}(...)" if not spec.is_class else f"{spec.entry.name}(...).{spec.methods[0].name}(...)"
    return f"""# {spec.title}

<!-- {TODO}: what the candidate must write, the input's bounds, what to return -->

## Examples

```python
>>> {call}  # {TODO}: a real call, with its result on the next line
```

## Constraints

<!-- {TODO}: sizes and value ranges; the time the reference's class allows -->
"""


def _stub(spec: Spec, body: str) -> str:
    if not spec.is_class:
        return f"def {spec.entry.text}:\n    {body}\n"
    lines = [f"class {spec.entry.name}:", f"    def __init__(self{_self_params(spec.entry)}):", f"        {body}"]
    for method in spec.methods:
        lines += ["", f"    def {_with_self(method)}:", f"        {body}"]
    return "\n".join(lines) + "\n"


def _self_params(sig: Sig) -> str:
    inner = sig.text[sig.text.index("(") + 1 : sig.text.rindex(")")].strip()
    return f", {inner}" if inner else ""


def _with_self(method: Sig) -> str:
    """A method's signature with `self` first, whether or not the option spelled it."""
    head, rest = method.text.split("(", 1)
    return method.text if rest.lstrip().startswith("self") else f"{head}(self{', ' if not rest.startswith(')') else ''}{rest}"


def _visible_tests(spec: Spec) -> str:
    return f'''"""Visible tests: shipped to candidates with the statement."""


def test_example(solution):
    {_example_line(spec)}  # {TODO}: the statement's first example
'''


def _example_line(spec: Spec) -> str:
    if spec.is_class:
        return f"assert solution.{spec.entry.name}(...).{spec.methods[0].name}(...) == ..."
    return f"assert solution.{spec.entry.name}(...) == ..."


def _hidden_tests(spec: Spec) -> str:
    return f'''"""Hidden tests: never shipped.  Each test is a case; [cases] in problem.toml gives its category."""

from hypothesis import given
from hypothesis import strategies as st


def test_examples(solution):
    {_example_line(spec)}  # {TODO}: the statement's examples


def test_edge_cases(solution):
    {_example_line(spec)}  # {TODO}: empty input, duplicates, extremes (a test per category)


{_property(spec)}'''


def _property(spec: Spec) -> str:
    if spec.is_class:
        return _class_property(spec)
    strategies = ", ".join(f"{p.name}={typemap.strategy(p.node)}" for p in spec.entry.params)
    note = "" if all(typemap.known(p.node) for p in spec.entry.params) else f"  # {TODO}: strategies for the other types"
    args = spec.entry.arg_names
    return f"""@given({strategies}){note}
def test_matches_reference(solution, reference, {args}):
    expected = reference.{spec.entry.name}({args})
    assert solution.{spec.entry.name}({args}) == expected
"""


def _class_property(spec: Spec) -> str:
    ops = ",\n        ".join(_op_strategy(m) for m in spec.methods)
    ctor = _tuple_strategy(spec.entry.params)
    known = all(typemap.known(p.node) for sig in (spec.entry, *spec.methods) for p in sig.params)
    note = "" if known else f"  # {TODO}: strategies for the other types"
    return f"""OPERATIONS = st.lists(
    st.one_of(
        {ops},
    ),
    max_size=50,
){note}


@given(ctor_args={ctor}, ops=OPERATIONS)
def test_matches_reference(solution, reference, ctor_args, ops):
    mine, model = solution.{spec.entry.name}(*ctor_args), reference.{spec.entry.name}(*ctor_args)
    for name, args in ops:
        expected = getattr(model, name)(*args)
        assert getattr(mine, name)(*args) == expected
"""


def _op_strategy(method: Sig) -> str:
    return f'st.tuples(st.just("{method.name}"), {_tuple_strategy(method.params, as_list=True)})'


def _tuple_strategy(params: tuple[Param, ...], as_list: bool = False) -> str:
    inner = ", ".join(typemap.strategy(p.node, typemap.FEW if as_list else typemap.SMALL) for p in params)
    tupled = f"st.tuples({inner})" if params else "st.just(())"
    return f"{tupled}.map(list)" if as_list else tupled


def _generator(spec: Spec) -> str:
    if spec.is_class:
        return _class_generator(spec)
    values = ", ".join(typemap.sized_value(p.node) for p in spec.entry.params)
    known = all(typemap.sized_value(p.node) != typemap.UNKNOWN_VALUE for p in spec.entry.params)
    return f'''"""Inputs for the complexity ladder: make_input(n, rng) returns the arguments of one call of size n."""

import random
import string


def make_input(n: int, rng: random.Random) -> tuple:
    # {TODO}: inputs of size n that make the reference work as its class says{"" if known else " (and values for every parameter)"}
    return ({values}{"," if len(spec.entry.params) == 1 else ""})
'''


def _class_generator(spec: Spec) -> str:
    ctor = ", ".join(typemap.sized_value(p.node) for p in spec.entry.params)
    choices = ",\n            ".join(f'("{m.name}", [{", ".join(typemap.item_value(p.node) for p in m.params)}])' for m in spec.methods)
    return f'''"""Inputs for the complexity ladder: make_input(n, rng) returns (ctor_args, ops),
ops being n calls like ("put", [1, 5]); the cost is measured per operation."""

import random
import string


def make_input(n: int, rng: random.Random) -> tuple[list, list]:
    # {TODO}: a constructor and n operations that make the reference work as its class says
    ops = []
    for _ in range(n):
        ops.append(rng.choice([
            {choices},
        ]))
    return [{ctor}], ops
'''
