// Breadth first, one level at a time, left to right: O(n), no recursion.
class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> levels;
        vector<TreeNode*> level;
        if (root != nullptr) level.push_back(root);
        while (!level.empty()) {
            vector<int> values;
            vector<TreeNode*> next;
            for (TreeNode* node : level) {
                values.push_back(node->val);
                if (node->left) next.push_back(node->left);
                if (node->right) next.push_back(node->right);
            }
            levels.push_back(values);
            level.swap(next);
        }
        return levels;
    }
};
