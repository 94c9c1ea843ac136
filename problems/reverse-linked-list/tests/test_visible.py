from solution import reverse_list

from judge.testing import linked, linked_values


def test_example():
    assert linked_values(reverse_list(linked([1, 2, 3, 4, 5]))) == [5, 4, 3, 2, 1]


def test_two_nodes():
    assert linked_values(reverse_list(linked([1, 2]))) == [2, 1]


def test_empty_list():
    assert reverse_list(None) is None


def test_same_nodes_relinked():
    head = linked([1, 2, 3])
    last = head.next.next
    new_head = reverse_list(head)
    assert new_head is last, "the new head must be the old last node"
    assert head.next is None, "the old head must be the new last node"
