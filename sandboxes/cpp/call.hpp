// What one call of an entry point holds: its decoded arguments, its result,
// what it wrote back, and the CPU time of the submission's own code.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "values.hpp"

namespace judge {

struct Made {
    void* object;
    std::string type;
};

struct CallState {
    explicit CallState(const Graph& graph) : decoder(graph), encoder(graph.slots()), written(graph.slots()) {}
    Decoder decoder;
    Encoder encoder;
    std::vector<json::Value> written;  // the request's slots: null, or a container's state after the call
    std::optional<json::Value> result;
    const void* result_node = nullptr;  // a node result, encoded last: it may be one of the input's nodes
    bool result_is_node = false;
    bool result_tree = false;
    std::optional<Made> made;
    void* self = nullptr;
    bool measuring = false;  // the ladder: results are not wanted
    double cpu = 0;          // seconds between begin() and end()
    timespec started{};

    json::Value answer();  // {"root", "objs"}: input nodes' states, then the result's new containers
};

double thread_cpu();

}  // namespace judge
