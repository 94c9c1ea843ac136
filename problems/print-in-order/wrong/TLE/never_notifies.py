# fails: test_reverse_order, test_second_before_first, test_every_call_order
# A step that ran never calls notify_all(): a step already waiting for it is never woken (a lost wake-up).
import threading


class Foo:
    def __init__(self) -> None:
        self.steps: list[str] = []
        self.turn = threading.Condition()

    def first(self) -> None:
        with self.turn:
            self.steps.append("first")

    def second(self) -> None:
        with self.turn:
            while len(self.steps) < 1:
                self.turn.wait()
            self.steps.append("second")

    def third(self) -> None:
        with self.turn:
            while len(self.steps) < 2:
                self.turn.wait()
            self.steps.append("third")

    def log(self) -> list[str]:
        with self.turn:
            return list(self.steps)
