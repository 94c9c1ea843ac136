// fails: test_examples, test_several_paths_in_order, test_matches_reference
// Walks the right subtree first, so the paths come out in the wrong order.
class Solution {
    vector<vector<int>> found;
    vector<int> path;

    void walk(TreeNode* node, long long total, int k) {
        path.push_back(node->val);
        total += node->val;
        if (node->left == nullptr && node->right == nullptr) {
            if (total == k) found.push_back(path);
        } else {
            if (node->right) walk(node->right, total, k);
            if (node->left) walk(node->left, total, k);
        }
        path.pop_back();
    }

public:
    vector<vector<int>> pathsWithSum(TreeNode* root, int k) {
        if (root != nullptr) walk(root, 0, k);
        return found;
    }
};
