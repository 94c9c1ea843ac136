// fails: test_large_values
// Takes Integer.MIN_VALUE and Integer.MAX_VALUE for "no bound yet" and compares
// strictly: a node that holds either is rejected though the tree is a fine BST.
class Solution {
    public boolean isValidBST(TreeNode root) {
        return within(root, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    private boolean within(TreeNode node, int low, int high) {
        java.util.Deque<int[]> bounds = new java.util.ArrayDeque<>();
        java.util.Deque<TreeNode> nodes = new java.util.ArrayDeque<>();
        if (node == null) return true;
        nodes.push(node);
        bounds.push(new int[] {low, high});
        while (!nodes.isEmpty()) {
            TreeNode current = nodes.pop();
            int[] range = bounds.pop();
            if (current.val <= range[0] || current.val >= range[1]) return false;
            if (current.left != null) {
                nodes.push(current.left);
                bounds.push(new int[] {range[0], current.val});
            }
            if (current.right != null) {
                nodes.push(current.right);
                bounds.push(new int[] {current.val, range[1]});
            }
        }
        return true;
    }
}
