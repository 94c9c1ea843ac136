/** A node per prefix with one slot per lowercase letter, walked in a loop: O(len(word)) per call. */
class Trie {
    private static final class Node {
        final Node[] children = new Node[26];
        boolean endsWord;
    }

    private final Node root = new Node();

    public Trie() {}

    public void insert(String word) {
        Node node = root;
        for (int i = 0; i < word.length(); i++) {
            int letter = word.charAt(i) - 'a';
            if (node.children[letter] == null) node.children[letter] = new Node();
            node = node.children[letter];
        }
        node.endsWord = true;
    }

    public boolean search(String word) {
        Node node = find(word);
        return node != null && node.endsWord;
    }

    public boolean startsWith(String prefix) {
        return find(prefix) != null;
    }

    /** The node reached by reading text from the root, or null where the trie has no such path. */
    private Node find(String text) {
        Node node = root;
        for (int i = 0; i < text.length() && node != null; i++) {
            node = node.children[text.charAt(i) - 'a'];
        }
        return node;
    }
}
