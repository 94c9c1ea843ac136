"""One Exercism exercise as the files of a problem folder.

statement.md    the title, .docs/instructions.md (+ instructions.append.md),
                and examples taken from the tests (judge/instructor/exercism_examples.py)
starter/        the stub                    reference/  .meta/example.py
tests/          the unittest suite, renamed test_<name>.py, and the helper modules it imports
hidden/         a README only: Exercism's tests are public, so they are the
                visible tests; the folder is there so `judge submit` and
                `judge validate` grade the problem (and hidden tests can be added)
problem.toml    title, difficulty and topics from the track's config.json,
                module, and the entry points the tests use
"""

from __future__ import annotations

import json
import re

from judge.instructor.exercism_entries import EntrySpec, entries
from judge.instructor.exercism_examples import examples
from judge.instructor.exercism_files import ExerciseFiles, Skip
from judge.instructor.exercism_track import TrackEntry

HIDDEN_README = """# Hidden tests

Exercism's tests are public: they are this problem's visible tests (tests/).
Hidden tests added here (test_*.py) are graded by `judge submit` and never
shown to candidates; give each one a category in problem.toml's [cases].
"""
LEADING_HEADING = re.compile(r"\A\s*# [^\n]*\n+")
PYTHON_BLOCK = re.compile(r"```python[ \t]*\n(.*?)```", re.DOTALL)


def problem_files(files: ExerciseFiles, track: TrackEntry) -> dict[str, str]:
    """Relative path -> text of every file of the problem folder."""
    test_sources = list(files.tests.values())
    found = entries(files.stub, files.example, test_sources, files.module)
    if not found:
        raise Skip(f"the tests use no function or class that .meta/example.py defines (module {files.module})")
    written = {
        "problem.toml": problem_toml(files, track, found),
        "statement.md": statement(track.name, files, examples(test_sources, files.example, files.module)),
        f"starter/{files.module}.py": files.stub,
        f"reference/{files.module}.py": files.example,
        "hidden/README.md": HIDDEN_README,
    }
    written.update({f"tests/{name}": text for name, text in files.tests.items()})
    return written


def problem_toml(files: ExerciseFiles, track: TrackEntry, found: list[EntrySpec]) -> str:
    lines = [
        f"# Imported from the Exercism exercise '{files.folder.name}' by `judge import exercism`.",
        f"title = {_string(track.name)}",
        f"difficulty = {_string(track.difficulty)}",
        f"topics = [{', '.join(_string(t) for t in track.topics)}]",
        f"module = {_string(files.module)}",
    ]
    for entry in found:
        lines += ["", "[[entry]]", f"{entry.kind} = {_string(entry.signature)}"]
        if entry.methods:
            lines.append(f"methods = [{', '.join(_string(m) for m in entry.methods)}]")
    return "\n".join(lines) + "\n"


def _string(text: str) -> str:
    """A TOML basic string: JSON's escapes (\\", \\\\, \\n, \\uXXXX) are TOML's too."""
    return json.dumps(text)


def statement(title: str, files: ExerciseFiles, example_lines: list[str]) -> str:
    parts = [f"# {title}", _prose(files.instructions)]
    if files.append.strip():
        parts.append(_prose(files.append))
    if example_lines:
        block = "\n".join(example_lines)
        parts.append(f"## Examples\n\nFrom the tests:\n\n```python\n{block}\n```")
    return "\n\n".join(part.strip() for part in parts if part.strip()) + "\n"


def _prose(markdown: str) -> str:
    """Exercism's docs without their `# Instructions` heading (the statement has
    its own title), and their REPL sessions fenced as `pycon`: they illustrate
    (`<Clock object at 0x...>`), while `judge validate` runs every `>>>` line of
    a ```python block against the reference."""
    text = LEADING_HEADING.sub("", markdown, count=1)
    return PYTHON_BLOCK.sub(lambda block: f"```{'pycon' if '>>>' in block[1] else 'python'}\n{block[1]}```", text)
