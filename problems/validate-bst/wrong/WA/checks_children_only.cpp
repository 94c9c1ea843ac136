// fails: test_examples, test_equal_values, test_violation_below_an_ancestor, test_one_child_chains, test_large_input, test_matches_reference
// Compares each node with its own two children only: a grandchild on the wrong
// side of an ancestor (3 under 6 under 5) goes unseen.
class Solution {
public:
    bool isValidBST(TreeNode* root) {
        vector<TreeNode*> stack{root};
        while (!stack.empty()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            if (!node) continue;
            if (node->left && node->left->val >= node->val) return false;
            if (node->right && node->right->val <= node->val) return false;
            stack.push_back(node->left);
            stack.push_back(node->right);
        }
        return true;
    }
};
