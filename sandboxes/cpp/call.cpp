// Call: the glue's side of a call (see glue.hpp).
#include "call.hpp"

#include <climits>
#include <cstdint>

#include "glue.hpp"
#include "nodes.hpp"

namespace judge {

using json::Kind;
using json::Value;

double thread_cpu() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

namespace {

// One element type's conversions, both ways.
struct AsInt {
    static int take(const Decoder& d, const Value& a) { return static_cast<int>(d.integer(a, INT32_MIN, INT32_MAX)); }
    static Value give(Encoder&, int v) { return Value::of(v); }
};
struct AsLong {
    static long long take(const Decoder& d, const Value& a) { return d.integer(a, INT64_MIN, INT64_MAX); }
    static Value give(Encoder&, long long v) { return Encoder::integer(v); }
};
struct AsDouble {
    static double take(const Decoder& d, const Value& a) { return d.real(a); }
    static Value give(Encoder&, double v) { return Encoder::real(v); }
};
struct AsBool {
    static bool take(const Decoder& d, const Value& a) { return d.boolean(a); }
    static Value give(Encoder&, bool v) { return Value::boolean(v); }
};
struct AsString {
    static std::string take(const Decoder& d, const Value& a) { return d.text(a); }
    static Value give(Encoder&, const std::string& v) { return Encoder::text(v); }
};
template <typename Item>
struct AsList {
    using T = decltype(Item::take(std::declval<const Decoder&>(), std::declval<const Value&>()));
    static std::vector<T> take(const Decoder& d, const Value& a) {
        Box box = d.list(a);
        std::vector<T> out;
        out.reserve(box.count);
        for (std::size_t k = 0; k < box.count; ++k) out.push_back(Item::take(d, box.items[k]));
        return out;
    }
    template <typename V>
    static Value entry(Encoder& e, const V& v) {
        Value list = Value::array();
        list.items.reserve(v.size() + 1);
        list.items.push_back(Value::string("list"));
        for (const auto& item : v) list.items.push_back(Item::give(e, item));
        return list;
    }
    template <typename V>
    static Value give(Encoder& e, const V& v) { return e.add(entry(e, v)); }
};

template <typename Conv, typename V>
void write_back(CallState& s, std::size_t i, const V& value) {
    if (s.measuring) return;
    const Value& atom = s.decoder.graph().arg(i);
    Box box = s.decoder.list(atom);
    if (Conv::take(s.decoder, atom) == value) return;  // unchanged: the caller keeps its object
    Value entry = Conv::entry(s.encoder, value);
    s.written[box.slot] = std::move(entry);
}

}  // namespace

void Call::take(std::size_t i, int& out) { out = AsInt::take(state_->decoder, state_->decoder.graph().arg(i)); }
void Call::take(std::size_t i, long long& out) { out = AsLong::take(state_->decoder, state_->decoder.graph().arg(i)); }
void Call::take(std::size_t i, double& out) { out = AsDouble::take(state_->decoder, state_->decoder.graph().arg(i)); }
void Call::take(std::size_t i, bool& out) { out = AsBool::take(state_->decoder, state_->decoder.graph().arg(i)); }
void Call::take(std::size_t i, std::string& out) { out = AsString::take(state_->decoder, state_->decoder.graph().arg(i)); }
void Call::take(std::size_t i, std::vector<int>& out) { out = AsList<AsInt>::take(state_->decoder, state_->decoder.graph().arg(i)); }
void Call::take(std::size_t i, std::vector<long long>& out) { out = AsList<AsLong>::take(state_->decoder, state_->decoder.graph().arg(i)); }
void Call::take(std::size_t i, std::vector<double>& out) { out = AsList<AsDouble>::take(state_->decoder, state_->decoder.graph().arg(i)); }
void Call::take(std::size_t i, std::vector<bool>& out) {
    auto items = AsList<AsBool>::take(state_->decoder, state_->decoder.graph().arg(i));
    out.assign(items.begin(), items.end());
}
void Call::take(std::size_t i, std::vector<std::string>& out) { out = AsList<AsString>::take(state_->decoder, state_->decoder.graph().arg(i)); }
void Call::take(std::size_t i, std::vector<std::vector<int>>& out) {
    out = AsList<AsList<AsInt>>::take(state_->decoder, state_->decoder.graph().arg(i));
}
void Call::take(std::size_t i, std::vector<std::vector<std::string>>& out) {
    out = AsList<AsList<AsString>>::take(state_->decoder, state_->decoder.graph().arg(i));
}
void Call::take(std::size_t i, TreeNode*& out) { out = state_->decoder.node<TreeNode>(state_->decoder.graph().arg(i), "TreeNode"); }
void Call::take(std::size_t i, ListNode*& out) { out = state_->decoder.node<ListNode>(state_->decoder.graph().arg(i), "ListNode"); }

void Call::give_back(std::size_t i, const std::vector<int>& v) { write_back<AsList<AsInt>>(*state_, i, v); }
void Call::give_back(std::size_t i, const std::vector<long long>& v) { write_back<AsList<AsLong>>(*state_, i, v); }
void Call::give_back(std::size_t i, const std::vector<double>& v) { write_back<AsList<AsDouble>>(*state_, i, v); }
void Call::give_back(std::size_t i, const std::vector<bool>& v) {
    write_back<AsList<AsBool>>(*state_, i, std::vector<bool>(v.begin(), v.end()));
}
void Call::give_back(std::size_t i, const std::vector<std::string>& v) { write_back<AsList<AsString>>(*state_, i, v); }
void Call::give_back(std::size_t i, const std::vector<std::vector<int>>& v) { write_back<AsList<AsList<AsInt>>>(*state_, i, v); }
void Call::give_back(std::size_t i, const std::vector<std::vector<std::string>>& v) {
    write_back<AsList<AsList<AsString>>>(*state_, i, v);
}

void Call::begin() {
    state_->started = {};
    state_->cpu -= thread_cpu();
}

void Call::end() { state_->cpu += thread_cpu(); }

namespace {

template <typename Conv, typename V>
void keep(CallState& s, const V& value) {
    if (!s.measuring) s.result = Conv::give(s.encoder, value);
}

}  // namespace

void Call::result(int v) { keep<AsInt>(*state_, v); }
void Call::result(long long v) { keep<AsLong>(*state_, v); }
void Call::result(double v) { keep<AsDouble>(*state_, v); }
void Call::result(bool v) { keep<AsBool>(*state_, v); }
void Call::result(const std::string& v) { keep<AsString>(*state_, v); }
void Call::result(const std::vector<int>& v) { keep<AsList<AsInt>>(*state_, v); }
void Call::result(const std::vector<long long>& v) { keep<AsList<AsLong>>(*state_, v); }
void Call::result(const std::vector<double>& v) { keep<AsList<AsDouble>>(*state_, v); }
void Call::result(const std::vector<bool>& v) { keep<AsList<AsBool>>(*state_, std::vector<bool>(v.begin(), v.end())); }
void Call::result(const std::vector<std::string>& v) { keep<AsList<AsString>>(*state_, v); }
void Call::result(const std::vector<std::vector<int>>& v) { keep<AsList<AsList<AsInt>>>(*state_, v); }
void Call::result(const std::vector<std::vector<std::string>>& v) { keep<AsList<AsList<AsString>>>(*state_, v); }
void Call::result(TreeNode* v) {
    state_->result_node = v;
    state_->result_is_node = !state_->measuring;
    state_->result_tree = true;
}
void Call::result(ListNode* v) {
    state_->result_node = v;
    state_->result_is_node = !state_->measuring;
    state_->result_tree = false;
}
void Call::none() { state_->result = Value::null(); }

void* Call::self() { return state_->self; }

void Call::made(void* object, const char* type_name) { state_->made = Made{object, type_name}; }

Value CallState::answer() {
    // Every input node goes back in its state after the call, and keeps its
    // slot: a result that reuses one is that node on the trusted side.
    for (const InputNode& input : decoder.input_nodes()) encoder.known_node(input.node, input.slot);
    Graph const& graph = decoder.graph();
    for (const InputNode& input : decoder.input_nodes()) {
        Value now = encoder.node_entry(input.node, input.tree);
        Box sent;
        Value tagged = Value::array({Value::string("r"), Value::of(input.slot)});
        graph.box(tagged, sent);
        Value before = Value::array({Value::string(std::string(sent.tag))});
        for (std::size_t k = 0; k < sent.count; ++k) before.items.push_back(sent.items[k]);
        if (!json::equal(now, before)) written[input.slot] = std::move(now);
    }
    if (result_is_node) result = encoder.node_atom(result_node, result_tree);  // after the inputs' slots are known
    Value root = result.value_or(Value::null());
    return encoder.table(std::move(root), std::move(written));
}

}  // namespace judge
