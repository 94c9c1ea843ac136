"""Statement examples from an exercise's tests: only tests that read as plain examples."""

from __future__ import annotations

import doctest

from judge.instructor.exercism_examples import examples

EXAMPLE = """
ONES = 1


def score(dice, category):
    if not dice:
        raise ValueError("no dice")
    return sum(d for d in dice if d == category) * 1.0


def words(text):
    return text.split()


def check(text):
    return None
"""


def converted(body: str, header: str = "from game import score, words, check, ONES\n") -> list[str]:
    test = f"import unittest\n{header}\n\nclass GameTest(unittest.TestCase):\n" + "\n".join(f"    {line}" for line in body.splitlines())
    return examples([test], EXAMPLE, "game")


def test_plain_values_show_as_output_and_others_as_a_comparison() -> None:
    lines = converted(
        "def test_a(self):\n    self.assertEqual(words('a b'), ['a', 'b'], msg='split')\n    self.assertEqual(score([1, 1], ONES), 2)"
    )
    assert lines == [">>> words('a b')", "['a', 'b']", ">>> score([1, 1], ONES) == 2", "True"]  # 2 == 2.0, but doctest reads '2.0'


def test_an_assert_raises_with_its_message_is_a_traceback() -> None:
    lines = converted(
        "def test_a(self):\n"
        "    with self.assertRaises(ValueError) as err:\n"
        "        score([], ONES)\n"
        "    self.assertEqual(type(err.exception), ValueError)\n"
        "    self.assertEqual(err.exception.args[0], 'no dice')"
    )
    assert lines == [">>> score([], ONES)", "Traceback (most recent call last):", "    ...", "ValueError: no dice"]


def test_none_same_items_and_truth() -> None:
    lines = converted(
        "def test_a(self):\n"
        "    self.assertIs(check('x'), None)\n"
        "    self.assertCountEqual(words('b a'), ['a', 'b'])\n"
        "    self.assertTrue(words('a'))"
    )
    assert lines == [">>> check('x') is None", "True", ">>> sorted(words('b a'))", "['a', 'b']", ">>> bool(words('a'))", "True"]


def test_a_module_qualified_call_reads_as_the_module_s_own_name() -> None:
    lines = converted("def test_a(self):\n    self.assertEqual(game.words('a'), ['a'])", header="import game\n")
    assert lines == [">>> words('a')", "['a']"]


def test_tests_that_are_not_plain_examples_are_left_out() -> None:
    helper = "def test_a(self):\n    self.assertEqual(words(TEXT), [])"  # the test module's own name
    unchecked = "def test_b(self):\n    with self.assertRaises(ValueError):\n        score([], ONES)"  # no message to show
    looped = "def test_c(self):\n    for w in ['a']:\n        self.assertEqual(words(w), [w])"
    assert converted(f"{helper}\n\n{unchecked}\n\n{looped}", header="from game import words, score, ONES\nTEXT = 'x'\n") == []


def test_a_decorated_class_or_one_with_set_up_gives_no_examples() -> None:
    plain = "    def test_a(self):\n        self.assertEqual(words('a'), ['a'])\n"
    imports = "import unittest\nfrom unittest import mock\nfrom game import words\n\n"
    decorated = f"{imports}@mock.patch('game.open')\nclass T(unittest.TestCase):\n{plain}"
    set_up = f"import unittest\nfrom game import words\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        pass\n\n{plain}"
    assert examples([decorated], EXAMPLE, "game") == examples([set_up], EXAMPLE, "game") == []


def test_at_most_three_tests_and_they_hold_for_the_example() -> None:
    body = "\n\n".join(f"def test_{i}(self):\n    self.assertEqual(words('{'a ' * i}'), {['a'] * i})" for i in range(1, 6))
    lines = converted(body)
    assert len(lines) == 6
    namespace: dict[str, object] = {}
    exec(EXAMPLE, namespace)
    test = doctest.DocTestParser().get_doctest("\n".join(lines) + "\n", namespace, "examples", None, 0)
    assert doctest.DocTestRunner().run(test).failed == 0


def test_an_assert_raises_of_a_builtin_the_example_subclasses_is_left_out() -> None:
    example = EXAMPLE + "\n\nclass NoDice(ValueError):\n    pass\n"
    test = (
        "import unittest\nfrom game import score, ONES\n\n\nclass T(unittest.TestCase):\n"
        "    def test_a(self):\n"
        "        with self.assertRaises(ValueError) as err:\n"
        "            score([], ONES)\n"
        "        self.assertEqual(err.exception.args[0], 'no dice')\n"
    )
    assert examples([test], EXAMPLE, "game") != []
    assert examples([test], example, "game") == []  # the traceback would name game.NoDice


def test_an_expected_expression_of_known_names_is_compared() -> None:
    example = "from datetime import datetime, timedelta\n\n\ndef later(moment):\n    return moment + timedelta(days=1)\n"
    test = (
        "import unittest\nfrom datetime import datetime\nfrom clock import later\n\n\nclass T(unittest.TestCase):\n"
        "    def test_a(self):\n"
        "        self.assertEqual(later(datetime(2020, 1, 1)), datetime(2020, 1, 2))\n"
    )
    assert examples([test], example, "clock") == [">>> later(datetime(2020, 1, 1)) == datetime(2020, 1, 2)", "True"]
    elsewhere = test.replace("from datetime import datetime", "from mytime import datetime")
    assert examples([elsewhere], example, "clock") == []  # the test's datetime is not the example's
