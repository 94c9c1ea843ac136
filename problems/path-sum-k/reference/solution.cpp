// Root-to-leaf paths summing to k, left subtree first: a depth-first walk
// with one path vector, extended on the way down and shortened on the way up.
class Solution {
    vector<vector<int>> found;
    vector<int> path;

    void walk(TreeNode* node, long long total, int k) {
        path.push_back(node->val);
        total += node->val;
        if (node->left == nullptr && node->right == nullptr) {
            if (total == k) found.push_back(path);
        } else {
            if (node->left) walk(node->left, total, k);
            if (node->right) walk(node->right, total, k);
        }
        path.pop_back();
    }

public:
    vector<vector<int>> pathsWithSum(TreeNode* root, int k) {
        if (root != nullptr) walk(root, 0, k);
        return found;
    }
};
