import java.util.ArrayDeque;
import java.util.Deque;

/** An explicit stack of (original, copy) pairs, so a 5,000-deep path costs no recursion: O(n). */
class Solution {
    public TreeNode cloneTree(TreeNode root) {
        if (root == null) return null;
        TreeNode copy = new TreeNode(root.val);
        Deque<TreeNode[]> todo = new ArrayDeque<>();
        todo.push(new TreeNode[] {root, copy});
        while (!todo.isEmpty()) {
            TreeNode[] pair = todo.pop();
            if (pair[0].left != null) {
                pair[1].left = new TreeNode(pair[0].left.val);
                todo.push(new TreeNode[] {pair[0].left, pair[1].left});
            }
            if (pair[0].right != null) {
                pair[1].right = new TreeNode(pair[0].right.val);
                todo.push(new TreeNode[] {pair[0].right, pair[1].right});
            }
        }
        return copy;
    }
}
