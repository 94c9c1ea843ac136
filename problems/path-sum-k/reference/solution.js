/**
 * Definition for a binary tree node, as the judge provides it.
 * function TreeNode(val, left, right) {
 *     this.val = (val === undefined ? 0 : val);
 *     this.left = (left === undefined ? null : left);
 *     this.right = (right === undefined ? null : right);
 * }
 */
/**
 * Depth first, left before right, with one shared path that grows on the way
 * down and shrinks on the way back; a leaf whose sum is k records a copy of it.
 * O(n * h): each of the n nodes is visited once, each recorded path costs h.
 * @param {TreeNode} root
 * @param {number} k
 * @return {number[][]}
 */
var pathsWithSum = function (root, k) {
    const found = [];
    const path = [];
    const visit = (node, total) => {
        path.push(node.val);
        total += node.val;
        if (node.left === null && node.right === null) {
            if (total === k) found.push([...path]);
        } else {
            if (node.left !== null) visit(node.left, total);
            if (node.right !== null) visit(node.right, total);
        }
        path.pop();
    };
    if (root !== null) visit(root, 0);
    return found;
};
