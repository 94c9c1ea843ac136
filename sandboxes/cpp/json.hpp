// A small JSON reader and writer for the judge's protocol frames.
//
// Only what the protocol needs: null, bool, 64-bit ints, doubles, strings,
// arrays and objects.  Untrusted text never recurses past MAX_DEPTH and never
// builds a frame past the caller's size cap.  Strings are kept as UTF-8;
// the writer emits ASCII only (\u escapes), as the trusted side does.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace judge::json {

constexpr int MAX_DEPTH = 200;  // frames nest a few levels; lean values at most 32

enum class Kind : std::uint8_t { Null, Bool, Int, Float, String, Array, Object };

class ParseError : public std::runtime_error {
   public:
    using std::runtime_error::runtime_error;
};

struct Value {
    Kind kind = Kind::Null;
    bool flag = false;
    std::int64_t integer = 0;
    double number = 0;
    std::string text;
    std::vector<Value> items;  // an array's items; an object's keys and values, alternating

    static Value null() { return Value{}; }
    static Value boolean(bool b);
    static Value of(std::int64_t i);
    static Value real(double d);
    static Value string(std::string s);
    static Value array(std::vector<Value> items = {});
    static Value object();

    bool is(Kind k) const { return kind == k; }
    const Value* get(std::string_view key) const;  // an object's member, or nullptr
    void set(std::string key, Value value);          // appends: keys are the caller's to keep unique
    std::string_view str_or(std::string_view fallback) const { return kind == Kind::String ? std::string_view(text) : fallback; }
};

Value parse(std::string_view text);
void write(std::string& out, const Value& value);
void write_string(std::string& out, std::string_view utf8);
std::string dump(const Value& value);
bool equal(const Value& a, const Value& b);

// Code points of UTF-8 text (invalid bytes read as U+FFFD), and back.
std::vector<std::uint32_t> code_points(std::string_view utf8);
void append_utf8(std::string& out, std::uint32_t code);

}  // namespace judge::json
