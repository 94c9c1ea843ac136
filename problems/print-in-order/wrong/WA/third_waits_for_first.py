# fails: test_third_before_second, test_every_call_order
# third() waits for the wrong event (first's, not second's): once first has run, third can run before second.
import threading


class Foo:
    def __init__(self) -> None:
        self.steps: list[str] = []
        self.first_done = threading.Event()
        self.second_done = threading.Event()

    def first(self) -> None:
        self.steps.append("first")
        self.first_done.set()

    def second(self) -> None:
        self.first_done.wait()
        self.steps.append("second")
        self.second_done.set()

    def third(self) -> None:
        self.first_done.wait()
        self.steps.append("third")

    def log(self) -> list[str]:
        return list(self.steps)
