/**
 * A tree of nodes, one per prefix, each with its children by letter and a
 * mark for a word that ends there.  Every operation walks the word once, in
 * a loop (no recursion, so a 2,000-letter word is fine): O(len(word)).
 */
var Trie = function () {
    this.root = { children: new Map(), isWord: false };
};

/**
 * @param {string} word
 * @return {void}
 */
Trie.prototype.insert = function (word) {
    let node = this.root;
    for (const c of word) {
        if (!node.children.has(c)) node.children.set(c, { children: new Map(), isWord: false });
        node = node.children.get(c);
    }
    node.isWord = true;
};

/** The node the text leads to, or null when no inserted word starts with it. */
Trie.prototype.walk = function (text) {
    let node = this.root;
    for (const c of text) {
        node = node.children.get(c);
        if (node === undefined) return null;
    }
    return node;
};

/**
 * @param {string} word
 * @return {boolean}
 */
Trie.prototype.search = function (word) {
    const node = this.walk(word);
    return node !== null && node.isWord;
};

/**
 * @param {string} prefix
 * @return {boolean}
 */
Trie.prototype.startsWith = function (prefix) {
    return this.walk(prefix) !== null;
};
