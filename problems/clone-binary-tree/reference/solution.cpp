// An explicit stack of (original, copy) pairs: no recursion, so a
// path-shaped tree of any depth is as cheap as a balanced one.  O(n).
class Solution {
public:
    TreeNode* cloneTree(TreeNode* root) {
        if (root == nullptr) return nullptr;
        TreeNode* copy = new TreeNode(root->val);
        vector<pair<TreeNode*, TreeNode*>> stack{{root, copy}};
        while (!stack.empty()) {
            auto [original, made] = stack.back();
            stack.pop_back();
            if (original->left) {
                made->left = new TreeNode(original->left->val);
                stack.push_back({original->left, made->left});
            }
            if (original->right) {
                made->right = new TreeNode(original->right->val);
                stack.push_back({original->right, made->right});
            }
        }
        return copy;
    }
};
