// fails: test_examples, test_single_node, test_negative_values, test_partial_path_sums_to_k, test_several_paths_in_order, test_skewed_tree, test_large_input, test_matches_reference
// Records the shared path array itself, not a copy: by the time the search returns, every
// recorded path has been popped back to [], so the answer is the right number of empty lists.
var pathsWithSum = function (root, k) {
    const found = [];
    const path = [];
    const visit = (node, total) => {
        path.push(node.val);
        total += node.val;
        if (node.left === null && node.right === null) {
            if (total === k) found.push(path);
        } else {
            if (node.left !== null) visit(node.left, total);
            if (node.right !== null) visit(node.right, total);
        }
        path.pop();
    };
    if (root !== null) visit(root, 0);
    return found;
};
