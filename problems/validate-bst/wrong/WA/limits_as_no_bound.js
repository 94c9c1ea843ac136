// fails: test_large_values
// Takes the 32-bit limits for "no bound yet" and compares strictly: a node that
// holds -2147483648 or 2147483647 is rejected though the tree is a fine BST.
var isValidBST = function (root) {
  const stack = [[root, -2147483648, 2147483647]];
  while (stack.length) {
    const [node, low, high] = stack.pop();
    if (node === null) continue;
    if (!(low < node.val && node.val < high)) return false;
    stack.push([node.left, low, node.val], [node.right, node.val, high]);
  }
  return true;
};
