// fails: test_complete_tree, test_one_child_nodes, test_matches_reference
// Copies the root only: the new root still points at the original children.
class Solution {
public:
    TreeNode* cloneTree(TreeNode* root) {
        if (root == nullptr) return nullptr;
        return new TreeNode(root->val, root->left, root->right);
    }
};
