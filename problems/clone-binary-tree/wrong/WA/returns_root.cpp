// fails: test_complete_tree, test_matches_reference
// Returns the input itself: equal values everywhere, but not a copy at all.
class Solution {
public:
    TreeNode* cloneTree(TreeNode* root) { return root; }
};
