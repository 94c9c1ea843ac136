"""The TODO(judge) markers: one failed check per file, each line with its hint."""

from __future__ import annotations

from pathlib import Path

from judge.instructor.todo import marker_checks


def test_markers_are_listed_per_file_with_their_hints(tmp_path: Path) -> None:
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "solution.py").write_text("def f():\n    pass  # TODO(judge): the reference\n\n# TODO(judge)\n")
    (tmp_path / "statement.md").write_text("# T\n<!-- TODO(judge): what to do -->\n")
    (tmp_path / "clean.py").write_text("x = 1  # TODO: not ours\n")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "x.py").write_text("# TODO(judge): compiled leftovers do not count\n")
    (tmp_path / "binary.bin").write_bytes(b"\xff\xfe TODO(judge)")
    checks = marker_checks("p", tmp_path)
    assert [(c.name, c.detail, c.ok) for c in checks] == [
        ("fill in reference/solution.py", "line 2: the reference; line 4: (no hint)", False),
        ("fill in statement.md", "line 2: what to do", False),
    ]


def test_no_markers_no_checks(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    assert marker_checks("p", tmp_path) == []
