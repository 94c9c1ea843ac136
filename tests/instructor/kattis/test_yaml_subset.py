"""The YAML that problem.yaml and testdata.yaml use, and one-line errors for the rest."""

from __future__ import annotations

import pytest

from judge.instructor.kattis.yaml_subset import YamlError, parse


def test_mappings_lists_and_scalars() -> None:
    text = """
# a comment
name: A Different Problem   # trailing comment
source: "Kattis #1"
uuid: 'it''s'
limits:
  time_multiplier: 5
  memory: 1024
  ratio: 0.5
keywords: [graphs, greedy]
flags:
  - case_sensitive
  - 1e-6
empty:
validation: custom
on_reject: continue
grading: {}
ok: true
none: null
"""
    assert parse(text) == {
        "name": "A Different Problem",
        "source": "Kattis #1",
        "uuid": "it's",
        "limits": {"time_multiplier": 5, "memory": 1024, "ratio": 0.5},
        "keywords": ["graphs", "greedy"],
        "flags": ["case_sensitive", 1e-6],
        "empty": None,
        "validation": "custom",
        "on_reject": "continue",
        "grading": {},
        "ok": True,
        "none": None,
    }


def test_an_empty_file_is_an_empty_mapping() -> None:
    assert parse("# nothing\n\n") == {}


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("a: 1\n   b: 2\n", "line 2: indentation out of place"),
        ("a:\n  - 1\n  - x: 2\n", "line 3: a mapping inside a list is not supported here"),
        ("text: |\n  more\n", "line 1: YAML feature '|' is not supported here"),
        ("just words\n", "line 1: not a 'key: value' line"),
        ("a: [1, 2\n", "line 1: an unclosed [ list"),
        ('a: "open\n', "line 1: a malformed double-quoted string"),
        ("a:\n\t b: 1\n", "line 2: a tab in the indentation"),
        ("- 1\n- 2\n", "line 1: the top level must be a mapping"),
    ],
)
def test_what_is_not_supported_is_an_error_naming_the_line(text: str, said: str) -> None:
    with pytest.raises(YamlError, match="^" + said.replace("[", r"\[").replace("|", r"\|")):
        parse(text)
