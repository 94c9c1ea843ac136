"""[[entry]] tables from an exercise's sources: what the tests use that the example defines."""

from __future__ import annotations

from judge.instructor.exercism_entries import EntrySpec, entries

EXAMPLE = """
ANSWER = 42


def score(dice, category):
    return sum(dice)


def _helper():
    pass


class Board:
    def __init__(self, rows, columns=3):
        self.rows = rows

    @property
    def size(self):
        return self.rows

    @size.setter
    def size(self, value):
        self.rows = value

    def place(self, row: int, column: int) -> bool:
        return True

    def reset(self):
        pass

    def _tidy(self):
        pass
"""


def test_names_the_tests_import_and_the_example_defines_in_the_example_s_order() -> None:
    tests = ["from game import Board, score, ANSWER\n"]
    found = entries("def score(dice, category):\n    pass\n", EXAMPLE, tests, "game")
    assert found == [
        EntrySpec("function", "score(dice, category)"),
        EntrySpec("class", "Board(rows, columns=3)", ("place(self, row: int, column: int) -> bool", "reset(self)")),
    ]  # a constant is no entry; a property is read, not called


def test_a_module_import_counts_the_attributes_the_tests_read() -> None:
    found = entries("", EXAMPLE, ["import game as g\n\ng.score([1], 'ones')\n"], "game")
    assert found == [EntrySpec("function", "score(dice, category)")]


def test_the_stub_s_methods_are_the_entry_s_when_the_stub_has_the_class() -> None:
    stub = "class Board:\n    def __init__(self, rows, columns=3):\n        pass\n\n    def place(self, row, column):\n        pass\n"
    (board,) = entries(stub, EXAMPLE, ["from game import Board\n"], "game")
    assert board.methods == ("place(self, row, column)",)


def test_without_names_in_the_tests_what_stub_and_example_share() -> None:
    assert entries("def score(dice, category):\n    pass\n", EXAMPLE, ["import unittest\n"], "game") == [
        EntrySpec("function", "score(dice, category)")
    ]
    assert entries("", EXAMPLE, ["import unittest\n"], "game") == []
