// A binary search tree read in order (left, node, right) is strictly
// increasing, and only a binary search tree is. The walk uses a stack, not
// recursion: the tree can be 10**4 deep. O(n).
class Solution {
public:
    bool isValidBST(TreeNode* root) {
        stack<TreeNode*> path;
        optional<int> previous;  // the last value read, none before the first
        TreeNode* node = root;
        while (node || !path.empty()) {
            while (node) {
                path.push(node);
                node = node->left;
            }
            node = path.top();
            path.pop();
            if (previous && node->val <= *previous) return false;
            previous = node->val;
            node = node->right;
        }
        return true;
    }
};
