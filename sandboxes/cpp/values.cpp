// Typed arguments and results: the protocol's value graph (protocol.py) to
// and from the C++ types LeetCode's signatures use.  A request's containers
// keep their slots, so a vector changed in place and every input node go back
// to the test in their state after the call, and a result that reuses an
// input node is that node on the trusted side.
#include "values.hpp"

#include <cerrno>
#include <cmath>
#include <cstdio>

#include "glue.hpp"
#include "nodes.hpp"

namespace judge {

using json::Kind;
using json::Value;

namespace {

bool is_tagged(const Value& atom, std::string_view tag) {
    return atom.is(Kind::Array) && atom.items.size() == 2 && atom.items[0].is(Kind::String) && atom.items[0].text == tag;
}

Value tagged(const char* tag, Value body) { return Value::array({Value::string(tag), std::move(body)}); }

}  // namespace

// -- the request's graph -----------------------------------------------------

Graph::Graph(Value args) : raw_(std::move(args)) {
    const Value* lean = raw_.get("lean");
    if (lean != nullptr) {
        lean_ = true;
        number_lean(*lean);
        if (!lean->is(Kind::Array) || lean->items.size() != 2 || !lean->items[0].is(Kind::Array))
            throw BadRequest("a call's arguments must be [args, kwargs]");
        for (const Value& item : lean->items[0].items) args_.push_back(&item);
        return;
    }
    objs_ = raw_.get("objs");
    const Value* root = raw_.get("root");
    if (objs_ == nullptr || root == nullptr || !objs_->is(Kind::Array)) throw BadRequest("a value must have 'root' and 'objs'");
    slots_ = objs_->items.size();
    Box outer;
    if (!box(*root, outer) || outer.count != 2) throw BadRequest("a call's arguments must be [args, kwargs]");
    Box positional;
    if (!box(outer.items[0], positional)) throw BadRequest("a call's arguments must be a list");
    for (std::size_t k = 0; k < positional.count; ++k) args_.push_back(&positional.items[k]);
}

void Graph::number_lean(const Value& value) {
    // Depth-first pre-order of the containers, as protocol.lean_order numbers them.
    std::vector<const Value*> stack{&value};
    while (!stack.empty()) {
        const Value* item = stack.back();
        stack.pop_back();
        if (!item->is(Kind::Array) && !item->is(Kind::Object)) continue;
        lean_slots_[item] = static_cast<int>(slots_++);
        const auto& items = item->items;
        for (std::size_t k = items.size(); k-- > 0;)
            if (!item->is(Kind::Object) || k % 2 == 1) stack.push_back(&items[k]);
    }
}

bool Graph::box(const Value& atom, Box& out) const {
    if (lean_) {
        if (!atom.is(Kind::Array) && !atom.is(Kind::Object)) return false;
        out = Box{atom.is(Kind::Array) ? "list" : "dict", atom.items.data(), atom.items.size(), lean_slots_.at(&atom)};
        return true;
    }
    if (!is_tagged(atom, "r") || !atom.items[1].is(Kind::Int)) return false;
    std::int64_t k = atom.items[1].integer;
    if (k < 0 || static_cast<std::size_t>(k) >= slots_) throw BadRequest("reference to a missing object");
    const Value& entry = objs_->items[k];
    if (!entry.is(Kind::Array) || entry.items.empty() || !entry.items[0].is(Kind::String)) throw BadRequest("malformed object");
    out = Box{entry.items[0].text, entry.items.data() + 1, entry.items.size() - 1, static_cast<int>(k)};
    return true;
}

const Value& Graph::arg(std::size_t i) const {
    if (i >= args_.size()) throw BadRequest("too few arguments for the entry point");
    return *args_[i];
}

// -- scalars and containers from atoms --------------------------------------

std::int64_t Decoder::integer(const Value& atom, std::int64_t low, std::int64_t high) const {
    std::int64_t value = 0;
    if (atom.is(Kind::Int)) {
        value = atom.integer;
    } else if (is_tagged(atom, "i") && atom.items[1].is(Kind::String)) {
        const std::string& hex = atom.items[1].text;
        errno = 0;
        char* end = nullptr;
        value = std::strtoll(hex.c_str(), &end, 16);
        if (errno != 0 || *end != '\0' || hex.empty()) throw BadRequest("an int past 64 bits");
    } else {
        throw BadRequest("expected an int");
    }
    if (value < low || value > high) throw BadRequest("an int out of its declared type's range");
    return value;
}

double Decoder::real(const Value& atom) const {
    if (atom.is(Kind::Float)) return atom.number;
    if (atom.is(Kind::Int)) return static_cast<double>(atom.integer);
    if (is_tagged(atom, "f") && atom.items[1].is(Kind::String)) {
        const std::string& t = atom.items[1].text;
        if (t == "nan") return NAN;
        if (t == "inf") return INFINITY;
        if (t == "-inf") return -INFINITY;
    }
    if (is_tagged(atom, "i")) return static_cast<double>(integer(atom, INT64_MIN, INT64_MAX));
    throw BadRequest("expected a float");
}

bool Decoder::boolean(const Value& atom) const {
    if (!atom.is(Kind::Bool)) throw BadRequest("expected a bool");
    return atom.flag;
}

std::string Decoder::text(const Value& atom) const {
    if (atom.is(Kind::String)) return atom.text;
    if (is_tagged(atom, "z") && atom.items[1].is(Kind::Array)) {
        std::string out;
        for (const Value& code : atom.items[1].items) json::append_utf8(out, code.is(Kind::Int) ? static_cast<std::uint32_t>(code.integer) : 0xFFFD);
        return out;
    }
    throw BadRequest("expected a str");
}

Box Decoder::list(const Value& atom) const {
    Box box;
    if (!graph_.box(atom, box) || (box.tag != "list" && box.tag != "tuple")) throw BadRequest("expected a list");
    return box;
}

// Nodes: one C++ node per slot, built without recursion (a 100,000-node
// path is as deep as a leaf here).
template <typename Node>
Node* Decoder::node(const Value& atom, std::string_view tag) {
    if (atom.is(Kind::Null)) return nullptr;
    std::vector<std::pair<int, Box>> pending;
    Node* top = node_for<Node>(atom, tag, pending);
    while (!pending.empty()) {
        auto [slot, box] = pending.back();
        pending.pop_back();
        Node* n = static_cast<Node*>(nodes_[slot]);
        n->val = static_cast<int>(integer(box.items[0], INT32_MIN, INT32_MAX));
        if constexpr (std::is_same_v<Node, TreeNode>) {
            n->left = node_for<Node>(box.items[1], tag, pending);
            n->right = node_for<Node>(box.items[2], tag, pending);
        } else {
            n->next = node_for<Node>(box.items[1], tag, pending);
        }
    }
    return top;
}

template <typename Node>
Node* Decoder::node_for(const Value& atom, std::string_view tag, std::vector<std::pair<int, Box>>& pending) {
    if (atom.is(Kind::Null)) return nullptr;
    Box box;
    if (!graph_.box(atom, box) || box.tag != tag) throw BadRequest("expected a " + std::string(tag));
    auto found = nodes_.find(box.slot);
    if (found != nodes_.end()) return static_cast<Node*>(found->second);
    if (box.count != (std::is_same_v<Node, TreeNode> ? 3u : 2u)) throw BadRequest("a node with the wrong number of fields");
    Node* made = new Node();
    nodes_[box.slot] = made;
    input_nodes_.push_back({box.slot, made, std::is_same_v<Node, TreeNode>});
    pending.push_back({box.slot, box});
    return made;
}

template TreeNode* Decoder::node<TreeNode>(const Value&, std::string_view);
template ListNode* Decoder::node<ListNode>(const Value&, std::string_view);

// -- results -------------------------------------------------------------------

Value Encoder::integer(std::int64_t value) {
    constexpr std::int64_t safe = 1LL << 53;
    if (value >= -safe && value <= safe) return Value::of(value);
    char hex[24];
    if (value < 0) std::snprintf(hex, sizeof hex, "-%llx", static_cast<unsigned long long>(-(value + 1)) + 1ULL);
    else std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(value));
    return tagged("i", Value::string(hex));
}

Value Encoder::real(double value) {
    if (std::isnan(value)) return tagged("f", Value::string("nan"));
    if (std::isinf(value)) return tagged("f", Value::string(value > 0 ? "inf" : "-inf"));
    return Value::real(value);
}

Value Encoder::text(const std::string& value) {
    // Lone surrogates cannot come out of a std::string (the writer replaces
    // bad UTF-8), so a string is always a JSON string here.
    return Value::string(value);
}

Value Encoder::add(Value entry) {
    std::size_t slot = base_ + objs_.size();
    objs_.push_back(std::move(entry));
    return tagged("r", Value::of(static_cast<std::int64_t>(slot)));
}

Value Encoder::node_atom(const void* node, bool tree) {
    if (node == nullptr) return Value::null();
    auto found = memo_.find(node);
    if (found != memo_.end()) return tagged("r", Value::of(found->second));
    std::size_t slot = base_ + objs_.size();
    objs_.push_back(Value::null());  // filled by drain()
    memo_[node] = static_cast<std::int64_t>(slot);
    pending_.push_back({node, tree, slot});
    return tagged("r", Value::of(static_cast<std::int64_t>(slot)));
}

Value Encoder::node_entry(const void* node, bool tree) {
    if (tree) {
        auto* n = static_cast<const TreeNode*>(node);
        return Value::array({Value::string("TreeNode"), Value::of(n->val), node_atom(n->left, true), node_atom(n->right, true)});
    }
    auto* n = static_cast<const ListNode*>(node);
    return Value::array({Value::string("ListNode"), Value::of(n->val), node_atom(n->next, false)});
}

void Encoder::drain() {
    while (!pending_.empty()) {
        Pending p = pending_.back();
        pending_.pop_back();
        objs_[p.slot - base_] = node_entry(p.node, p.tree);
    }
}

void Encoder::known_node(const void* node, int slot) { memo_[node] = slot; }

Value Encoder::table(Value root, std::vector<Value> inputs) {
    drain();
    inputs.resize(base_);
    for (Value& obj : objs_) inputs.push_back(std::move(obj));
    objs_.clear();
    Value out = Value::object();
    out.set("root", std::move(root));
    out.set("objs", Value::array(std::move(inputs)));
    return out;
}

}  // namespace judge
