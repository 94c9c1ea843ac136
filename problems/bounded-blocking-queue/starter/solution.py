class BoundedBlockingQueue:
    def __init__(self, capacity: int):
        pass

    def enqueue(self, element: int) -> None:
        """Add element at the back; wait while the queue is full."""
        pass

    def dequeue(self) -> int:
        """Remove and return the front element; wait while the queue is empty."""
        return 0

    def size(self) -> int:
        """How many elements the queue holds now."""
        return 0
