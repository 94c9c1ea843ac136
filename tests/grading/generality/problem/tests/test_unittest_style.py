"""Written as Exercism writes its tests: unittest, names imported from the module."""

import unittest

from solution import (
    EQUAL,
    SUBLIST,
    SUPERLIST,
    YACHT,
    BufferEmptyException,
    BufferFullException,
    Cell,
    Character,
    CircularBuffer,
    Clock,
    Matrix,
    Zipper,
    foldl,
    parse_int,
    score,
    sublist,
)


class ExceptionsTest(unittest.TestCase):
    def test_builtin_exception_is_the_builtin_class(self):
        with self.assertRaises(ValueError) as err:
            parse_int("x1")
        self.assertEqual(type(err.exception), ValueError)
        self.assertEqual(err.exception.args[0], "not a number: x1")

    def test_own_exception_keeps_its_builtin_base(self):
        buf = CircularBuffer(1)
        with self.assertRaises(BufferError) as err:
            buf.read()
        self.assertIsInstance(err.exception, BufferEmptyException)
        self.assertEqual(err.exception.args[0], "Circular buffer is empty")
        buf.write("1")
        with self.assertRaisesRegex(BufferFullException, "is full"):
            buf.write("2")


class ConstantsTest(unittest.TestCase):
    def test_constants_are_values(self):
        self.assertEqual(sublist([1, 2, 3], [2]), SUPERLIST)
        self.assertEqual(sublist([2], [1, 2, 3]), SUBLIST)
        self.assertEqual(sublist([], []), EQUAL)

    def test_a_function_constant_goes_back_as_itself(self):
        self.assertEqual(score([4, 4, 4, 4, 4], YACHT), 50)


class ObjectsTest(unittest.TestCase):
    def test_attributes_are_values(self):
        character = Character()
        self.assertEqual(character.name, "RX837")
        self.assertTrue(character.strength >= 3)
        character.rename("AB123")
        self.assertEqual(character.name, "AB123")

    def test_attribute_writes_reach_the_object(self):
        character = Character()
        character.strength = 20
        self.assertEqual(character.strength, 20)

    def test_dunders(self):
        self.assertEqual(Clock(6, 45) + 30, Clock(7, 15))
        self.assertEqual(str(Clock(8, 0)), "08:00")
        self.assertEqual(repr(Clock(8, 0)), "Clock(8, 0)")
        self.assertNotEqual(Clock(1, 0), Clock(2, 0))
        self.assertLess(Clock(1, 0), Clock(2, 0))
        self.assertEqual(len({Clock(1, 0), Clock(1, 0), Clock(25, 0)}), 1)
        self.assertIsInstance(Clock(1, 0) - 60, Clock)

    def test_containers(self):
        matrix = Matrix([[1, 2], [3, 4]])
        self.assertEqual(len(matrix), 2)
        self.assertEqual(matrix[1], [3, 4])
        self.assertIn(4, matrix)
        self.assertNotIn(5, matrix)
        self.assertEqual(list(matrix), [[1, 2], [3, 4]])
        self.assertFalse(Matrix([]))

    def test_static_and_class_methods(self):
        self.assertEqual(Zipper.from_tree({"value": 7}).value(), 7)
        self.assertIsNone(Zipper.empty().value())


class CallbacksTest(unittest.TestCase):
    def test_a_function_crosses_as_a_callback(self):
        self.assertEqual(foldl(lambda acc, x: acc * x, [1, 2, 3, 4], 1), 24)

    def test_a_stored_callback_runs_on_a_later_write(self):
        seen = []
        cell = Cell(1)
        cell.add_callback(seen.append)
        cell.value = 20
        self.assertEqual(cell.value, 20)
        self.assertEqual(seen, [20])
