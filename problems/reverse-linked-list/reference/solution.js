/**
 * Definition for a singly-linked list node, as the judge provides it.
 * function ListNode(val, next) {
 *     this.val = (val === undefined ? 0 : val);
 *     this.next = (next === undefined ? null : next);
 * }
 */
/**
 * Turns each next pointer around in place: O(n) time, O(1) space.
 * @param {ListNode} head
 * @return {ListNode}
 */
var reverseList = function (head) {
    let previous = null;
    while (head !== null) {
        const next = head.next;
        head.next = previous;
        previous = head;
        head = next;
    }
    return previous;
};
