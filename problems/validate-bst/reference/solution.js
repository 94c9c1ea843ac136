/**
 * function TreeNode(val, left, right) { ... }
 */
// An explicit stack carries each node's open bounds (null: none yet): O(n), no recursion.
var isValidBST = function (root) {
  const stack = [[root, null, null]];
  while (stack.length) {
    const [node, low, high] = stack.pop();
    if (node === null) continue;
    if ((low !== null && node.val <= low) || (high !== null && node.val >= high)) return false;
    stack.push([node.left, low, node.val], [node.right, node.val, high]);
  }
  return true;
};
