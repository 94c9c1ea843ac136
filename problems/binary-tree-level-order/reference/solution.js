/**
 * Definition for a binary tree node, as the judge provides it.
 * function TreeNode(val, left, right) {
 *     this.val = (val === undefined ? 0 : val);
 *     this.left = (left === undefined ? null : left);
 *     this.right = (right === undefined ? null : right);
 * }
 */
/**
 * Breadth first, one level at a time: O(n).
 * @param {TreeNode} root
 * @return {number[][]}
 */
var levelOrder = function (root) {
    const levels = [];
    let level = root === null ? [] : [root];
    while (level.length > 0) {
        levels.push(level.map((node) => node.val));
        const next = [];
        for (const node of level) {
            if (node.left !== null) next.push(node.left);
            if (node.right !== null) next.push(node.right);
        }
        level = next;
    }
    return levels;
};
