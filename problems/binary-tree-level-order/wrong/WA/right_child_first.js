// fails: test_examples, test_gaps_in_levels, test_matches_reference
// Visits each node's right child before its left: every level reads right to left.
var levelOrder = function (root) {
    const levels = [];
    let level = root === null ? [] : [root];
    while (level.length > 0) {
        levels.push(level.map((node) => node.val));
        const next = [];
        for (const node of level) {
            if (node.right !== null) next.push(node.right);
            if (node.left !== null) next.push(node.left);
        }
        level = next;
    }
    return levels;
};
