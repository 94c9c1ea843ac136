// fails: test_examples, test_gaps_in_levels, test_matches_reference
// Visits each node's right child before its left: every level reads right to left.
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
                if (node->right) next.push_back(node->right);
                if (node->left) next.push_back(node->left);
            }
            levels.push_back(values);
            level.swap(next);
        }
        return levels;
    }
};
