class BoundedBlockingQueue:
    def __init__(self, capacity: int):
        pass

    def enqueue(self, element: int) -> None:
        pass

    def dequeue(self) -> int:
        return 0

    def size(self) -> int:
        return 0
