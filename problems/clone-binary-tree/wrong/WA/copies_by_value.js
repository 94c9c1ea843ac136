// fails: test_duplicate_values, test_large_input, test_matches_reference
// Remembers the copies in a map keyed by value, as in "clone a graph" done carelessly: two nodes
// with the same value share one copy, so the copy's shape goes wrong wherever values repeat.
var cloneTree = function (root) {
    const copies = new Map();
    const copyOf = (node) => {
        if (node === null) return null;
        if (!copies.has(node.val)) copies.set(node.val, new TreeNode(node.val));
        return copies.get(node.val);
    };
    const stack = root === null ? [] : [root];
    while (stack.length > 0) {
        const node = stack.pop();
        const made = copyOf(node);
        made.left = copyOf(node.left);
        made.right = copyOf(node.right);
        if (node.left !== null) stack.push(node.left);
        if (node.right !== null) stack.push(node.right);
    }
    return copyOf(root);
};
