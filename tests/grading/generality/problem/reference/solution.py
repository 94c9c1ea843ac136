import datetime
import fractions

SUBLIST, SUPERLIST, EQUAL, UNEQUAL = 1, 2, 3, 4
CATEGORIES = ("ones", "yacht")


def YACHT(dice):  # noqa: N802 - a category is a constant that is a function
    return 50 if len(set(dice)) == 1 else 0


def score(dice, category):
    return category(dice)


def sublist(first, second):
    def contains(big, small):
        return any(big[i : i + len(small)] == small for i in range(len(big) - len(small) + 1))

    if first == second:
        return EQUAL
    if contains(first, second):
        return SUPERLIST
    if contains(second, first):
        return SUBLIST
    return UNEQUAL


class BufferFullException(BufferError):
    def __init__(self, message):
        super().__init__(message)


class BufferEmptyException(BufferError):
    pass


class CircularBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []

    def read(self):
        if not self.items:
            raise BufferEmptyException("Circular buffer is empty")
        return self.items.pop(0)

    def write(self, data):
        if len(self.items) == self.capacity:
            raise BufferFullException("Circular buffer is full")
        self.items.append(data)


class Clock:
    def __init__(self, hour, minute):
        self.minutes = (hour * 60 + minute) % (24 * 60)

    def __repr__(self):
        return f"Clock({self.minutes // 60}, {self.minutes % 60})"

    def __str__(self):
        return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"

    def __eq__(self, other):
        return isinstance(other, Clock) and self.minutes == other.minutes

    def __hash__(self):
        return hash(self.minutes)

    def __lt__(self, other):
        return self.minutes < other.minutes

    def __add__(self, minutes):
        return Clock(0, self.minutes + minutes)

    def __sub__(self, minutes):
        return Clock(0, self.minutes - minutes)


class Character:
    def __init__(self):
        self.name = "RX837"
        self.strength = 5

    def rename(self, name):
        self.name = name


class Cell:
    """An input cell: setting its value runs the callbacks the test added."""

    def __init__(self, value):
        self._value = value
        self.callbacks = []

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self._value = new
        for callback in self.callbacks:
            callback(new)

    def add_callback(self, callback):
        self.callbacks.append(callback)


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, index):
        return self.rows[index]

    def __iter__(self):
        return iter(self.rows)

    def __contains__(self, value):
        return any(value in row for row in self.rows)

    def __bool__(self):
        return bool(self.rows)


class Zipper:
    def __init__(self, tree):
        self.tree = tree

    @staticmethod
    def from_tree(tree):
        return Zipper(tree)

    @classmethod
    def empty(cls):
        return cls({"value": None})

    def value(self):
        return self.tree["value"]


class TreeNode:
    """Named like the judge's tree node, with fields of its own."""

    def __init__(self, key):
        self.key = key


def make_node(key):
    return TreeNode(key)


class BrokenNode:
    @property
    def val(self):
        raise RuntimeError("val cannot be read")


BrokenNode.__name__ = "TreeNode"  # a node-named class whose fields raise while the result is sent


def broken_node():
    return BrokenNode()


def foldl(function, items, initial):
    for item in items:
        initial = function(initial, item)
    return initial


def parse_int(text):
    if not text.isdigit():
        raise ValueError(f"not a number: {text}")
    return int(text)


def lookup(table, key):
    return table[key]


def add_gigasecond(moment):
    return moment + datetime.timedelta(seconds=10**9)


def weekday(day):
    return day.weekday()


def exact(numerator, denominator):
    return fractions.Fraction(numerator, denominator)


def halve(amount):
    return amount / 2


def conjugate(z):
    return z.conjugate()


def evens(span):
    return range(span.start + span.start % 2, span.stop, 2)


def frozen(items):
    return frozenset(items)


def countdown(n):
    while n > 0:
        yield n
        n -= 1
