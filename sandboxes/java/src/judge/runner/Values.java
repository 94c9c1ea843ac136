package judge.runner;

import java.util.ArrayList;
import java.util.List;

/** The protocol's containers as the runner holds them before they take a Java type (see Types). */
final class Values {
    private Values() {}

    /** A list, tuple, set or frozenset: its items in order. */
    static final class Seq extends ArrayList<Object> {
        final String tag;

        Seq(String tag) {
            this.tag = tag;
        }
    }

    /** A dict: keys and values side by side (keys need not be strings). */
    static final class Dict {
        final List<Object> keys = new ArrayList<>();
        final List<Object> values = new ArrayList<>();
    }

    /** A TreeNode (val, left, right) or ListNode (val, next), before it becomes the candidate's class. */
    static final class Node {
        final String tag;
        Object[] items;

        Node(String tag) {
            this.tag = tag;
            this.items = new Object[tag.equals("TreeNode") ? 3 : 2];
        }
    }

    /** A test's function passed as an argument: calling it asks the trusted side (see Runner.callBack). */
    static final class Callback {
        final long key;

        Callback(long key) {
            this.key = key;
        }
    }
}
