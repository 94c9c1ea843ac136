// fails: test_negative_values, test_large_input, test_matches_reference
// Gives up on a path once its running sum passes k, as if values were never negative: a later
// negative value could still have brought the sum back down to k.
var pathsWithSum = function (root, k) {
    const found = [];
    const path = [];
    const visit = (node, total) => {
        total += node.val;
        if (total > k) return;
        path.push(node.val);
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
