# fails: test_objects_are_independent
# The events are class attributes, shared by every Foo: once one object has run its steps, the next object's steps no longer wait.
import threading


class Foo:
    first_done = threading.Event()
    second_done = threading.Event()

    def __init__(self) -> None:
        self.steps: list[str] = []

    def first(self) -> None:
        self.steps.append("first")
        self.first_done.set()

    def second(self) -> None:
        self.first_done.wait()
        self.steps.append("second")
        self.second_done.set()

    def third(self) -> None:
        self.second_done.wait()
        self.steps.append("third")

    def log(self) -> list[str]:
        return list(self.steps)
