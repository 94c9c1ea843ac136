from solution import MinStack


def test_example():
    stack = MinStack()
    stack.push(-2)
    stack.push(0)
    stack.push(-3)
    assert stack.get_min() == -3
    stack.pop()
    assert stack.top() == 0
    assert stack.get_min() == -2


def test_one_value():
    stack = MinStack()
    stack.push(5)
    assert stack.top() == 5
    assert stack.get_min() == 5


def test_minimum_at_the_bottom():
    stack = MinStack()
    for value in (1, 2, 3):
        stack.push(value)
    assert stack.get_min() == 1
    assert stack.top() == 3
