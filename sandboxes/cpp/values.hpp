// The protocol's value graph and the runner's typed conversions (see values.cpp).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "json.hpp"

namespace judge {

// A request the runner cannot use: the judge's fault or a forged frame, never a verdict on the submission.
class BadRequest : public std::runtime_error {
   public:
    using std::runtime_error::runtime_error;
};

// A container of the request: its tag, its items, and the slot the trusted side knows it by.
struct Box {
    std::string_view tag;
    const json::Value* items = nullptr;
    std::size_t count = 0;
    int slot = -1;
};

// A call's [args, kwargs], lean (plain JSON) or as the flat table.
class Graph {
   public:
    explicit Graph(json::Value args);
    bool box(const json::Value& atom, Box& out) const;  // false when the atom is no container
    const json::Value& arg(std::size_t i) const;
    std::size_t arg_count() const { return args_.size(); }
    std::size_t slots() const { return slots_; }

   private:
    void number_lean(const json::Value& value);
    json::Value raw_;
    bool lean_ = false;
    const json::Value* objs_ = nullptr;
    std::size_t slots_ = 0;
    std::unordered_map<const json::Value*, int> lean_slots_;
    std::vector<const json::Value*> args_;
};

struct InputNode {
    int slot;
    void* node;
    bool tree;
};

class Decoder {
   public:
    explicit Decoder(const Graph& graph) : graph_(graph) {}
    std::int64_t integer(const json::Value& atom, std::int64_t low, std::int64_t high) const;
    double real(const json::Value& atom) const;
    bool boolean(const json::Value& atom) const;
    std::string text(const json::Value& atom) const;
    Box list(const json::Value& atom) const;
    template <typename Node>
    Node* node(const json::Value& atom, std::string_view tag);
    const std::vector<InputNode>& input_nodes() const { return input_nodes_; }
    const Graph& graph() const { return graph_; }

   private:
    template <typename Node>
    Node* node_for(const json::Value& atom, std::string_view tag, std::vector<std::pair<int, Box>>& pending);
    const Graph& graph_;
    std::unordered_map<int, void*> nodes_;
    std::vector<InputNode> input_nodes_;
};

// A response's value: new containers get slots after the request's own.
class Encoder {
   public:
    explicit Encoder(std::size_t base) : base_(base) {}
    static json::Value integer(std::int64_t value);
    static json::Value real(double value);
    static json::Value text(const std::string& value);
    json::Value add(json::Value entry);  // a new container; its reference atom
    json::Value node_atom(const void* node, bool tree);
    json::Value node_entry(const void* node, bool tree);
    void known_node(const void* node, int slot);
    json::Value table(json::Value root, std::vector<json::Value> inputs);  // {"root", "objs"}: inputs first (null: unchanged)

   private:
    struct Pending {
        const void* node;
        bool tree;
        std::size_t slot;
    };
    void drain();
    std::size_t base_;
    std::vector<json::Value> objs_;
    std::unordered_map<const void*, std::int64_t> memo_;
    std::vector<Pending> pending_;
};

}  // namespace judge
