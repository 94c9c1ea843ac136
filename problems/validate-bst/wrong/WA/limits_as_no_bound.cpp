// fails: test_large_values
// The textbook recursive check, but it takes INT_MIN and INT_MAX for "no bound yet" and compares
// strictly: a node that holds either is rejected though the tree is a fine BST.
class Solution {
    bool within(TreeNode* node, int low, int high) {
        if (!node) return true;
        if (node->val <= low || node->val >= high) return false;
        return within(node->left, low, node->val) && within(node->right, node->val, high);
    }

public:
    bool isValidBST(TreeNode* root) { return within(root, INT_MIN, INT_MAX); }
};
