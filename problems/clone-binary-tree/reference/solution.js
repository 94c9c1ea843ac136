/**
 * Definition for a binary tree node, as the judge provides it.
 * function TreeNode(val, left, right) {
 *     this.val = (val === undefined ? 0 : val);
 *     this.left = (left === undefined ? null : left);
 *     this.right = (right === undefined ? null : right);
 * }
 */
/**
 * Copies node by node with an explicit stack of (original, copy) pairs, so a
 * tree thousands of levels deep needs no deep recursion: O(n).
 * @param {TreeNode} root
 * @return {TreeNode}
 */
var cloneTree = function (root) {
    if (root === null) return null;
    const copy = new TreeNode(root.val);
    const stack = [[root, copy]];
    while (stack.length > 0) {
        const [original, made] = stack.pop();
        if (original.left !== null) {
            made.left = new TreeNode(original.left.val);
            stack.push([original.left, made.left]);
        }
        if (original.right !== null) {
            made.right = new TreeNode(original.right.val);
            stack.push([original.right, made.right]);
        }
    }
    return copy;
};
