// fails: test_partial_path_sums_to_k, test_skewed_tree, test_matches_reference
// Records a path wherever the running sum hits k, not only at leaves.
class Solution {
    vector<vector<int>> found;
    vector<int> path;

    void walk(TreeNode* node, long long total, int k) {
        path.push_back(node->val);
        total += node->val;
        if (total == k) found.push_back(path);
        if (node->left) walk(node->left, total, k);
        if (node->right) walk(node->right, total, k);
        path.pop_back();
    }

public:
    vector<vector<int>> pathsWithSum(TreeNode* root, int k) {
        if (root != nullptr) walk(root, 0, k);
        return found;
    }
};
