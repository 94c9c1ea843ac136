// See json.hpp.  Compiled once into an object file: never part of a submission's compile unit.
#include "json.hpp"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace judge::json {

Value Value::boolean(bool b) {
    Value v;
    v.kind = Kind::Bool;
    v.flag = b;
    return v;
}

Value Value::of(std::int64_t i) {
    Value v;
    v.kind = Kind::Int;
    v.integer = i;
    return v;
}

Value Value::real(double d) {
    Value v;
    v.kind = Kind::Float;
    v.number = d;
    return v;
}

Value Value::string(std::string s) {
    Value v;
    v.kind = Kind::String;
    v.text = std::move(s);
    return v;
}

Value Value::array(std::vector<Value> items) {
    Value v;
    v.kind = Kind::Array;
    v.items = std::move(items);
    return v;
}

Value Value::object() {
    Value v;
    v.kind = Kind::Object;
    return v;
}

const Value* Value::get(std::string_view key) const {
    if (kind != Kind::Object) return nullptr;
    for (std::size_t k = 0; k + 1 < items.size(); k += 2)
        if (items[k].text == key) return &items[k + 1];
    return nullptr;
}

void Value::set(std::string key, Value value) {
    items.push_back(Value::string(std::move(key)));
    items.push_back(std::move(value));
}

namespace {

class Reader {
   public:
    explicit Reader(std::string_view text) : text_(text) {}

    Value document() {
        Value v = value(0);
        space();
        if (at_ < text_.size()) fail("trailing characters");
        return v;
    }

   private:
    std::string_view text_;
    std::size_t at_ = 0;

    [[noreturn]] void fail(const char* what) const {
        throw ParseError(std::string("malformed JSON at byte ") + std::to_string(at_) + ": " + what);
    }

    void space() {
        while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\r' || text_[at_] == '\t')) ++at_;
    }

    char peek() {
        space();
        if (at_ >= text_.size()) fail("unexpected end");
        return text_[at_];
    }

    void expect(char c) {
        if (peek() != c) fail("unexpected character");
        ++at_;
    }

    bool literal(std::string_view word) {
        if (text_.substr(at_, word.size()) != word) return false;
        at_ += word.size();
        return true;
    }

    Value value(int depth) {
        if (depth > MAX_DEPTH) fail("nested too deeply");
        char c = peek();
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"') return Value::string(string());
        if (literal("null")) return Value::null();
        if (literal("true")) return Value::boolean(true);
        if (literal("false")) return Value::boolean(false);
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        fail("unexpected character");
    }

    Value object(int depth) {
        Value v = Value::object();
        ++at_;
        if (peek() == '}') {
            ++at_;
            return v;
        }
        while (true) {
            if (peek() != '"') fail("expected a key");
            std::string key = string();
            expect(':');
            v.set(std::move(key), value(depth + 1));
            char c = peek();
            ++at_;
            if (c == '}') return v;
            if (c != ',') fail("expected , or }");
        }
    }

    Value array(int depth) {
        Value v = Value::array();
        ++at_;
        if (peek() == ']') {
            ++at_;
            return v;
        }
        while (true) {
            v.items.push_back(value(depth + 1));
            char c = peek();
            ++at_;
            if (c == ']') return v;
            if (c != ',') fail("expected , or ]");
        }
    }

    Value number() {
        std::size_t start = at_;
        bool integral = true;
        if (text_[at_] == '-') ++at_;
        if (at_ >= text_.size() || text_[at_] < '0' || text_[at_] > '9') fail("bad number");
        while (at_ < text_.size()) {
            char c = text_[at_];
            if (c >= '0' && c <= '9') {
                ++at_;
            } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || (c == '-' && at_ > start)) {
                integral = false;
                ++at_;
            } else {
                break;
            }
        }
        std::string token(text_.substr(start, at_ - start));
        if (token.size() > 400) fail("number too long");
        if (integral) {
            errno = 0;
            char* end = nullptr;
            long long i = std::strtoll(token.c_str(), &end, 10);
            if (errno == 0 && *end == '\0') return Value::of(i);
        }
        char* end = nullptr;
        double d = std::strtod(token.c_str(), &end);
        if (*end != '\0' || !std::isfinite(d)) fail("bad number");
        return Value::real(d);
    }

    unsigned hex4() {
        if (at_ + 4 > text_.size()) fail("short \\u escape");
        unsigned code = 0;
        for (int k = 0; k < 4; ++k) {
            char c = text_[at_++];
            code <<= 4;
            if (c >= '0' && c <= '9') code |= c - '0';
            else if (c >= 'a' && c <= 'f') code |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') code |= c - 'A' + 10;
            else fail("bad \\u escape");
        }
        return code;
    }

    std::string string() {
        ++at_;  // the opening quote
        std::string out;
        while (true) {
            if (at_ >= text_.size()) fail("unterminated string");
            char c = text_[at_++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) fail("control character in a string");
            if (c != '\\') {
                out.push_back(c);
                continue;
            }
            if (at_ >= text_.size()) fail("unterminated escape");
            char e = text_[at_++];
            switch (e) {
                case '"': out.push_back('"'); break;
                case '\\': out.push_back('\\'); break;
                case '/': out.push_back('/'); break;
                case 'b': out.push_back('\b'); break;
                case 'f': out.push_back('\f'); break;
                case 'n': out.push_back('\n'); break;
                case 'r': out.push_back('\r'); break;
                case 't': out.push_back('\t'); break;
                case 'u': append_utf8(out, escaped_code()); break;
                default: fail("bad escape");
            }
        }
    }

    std::uint32_t escaped_code() {
        unsigned code = hex4();
        if (code >= 0xD800 && code < 0xDC00 && text_.substr(at_, 2) == "\\u") {
            std::size_t back = at_;
            at_ += 2;
            unsigned low = hex4();
            if (low >= 0xDC00 && low < 0xE000) return 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            at_ = back;
        }
        return (code >= 0xD800 && code < 0xE000) ? 0xFFFD : code;  // a lone surrogate: the protocol sends those as code points
    }
};

void write_code_unit(std::string& out, unsigned unit) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "\\u%04x", unit & 0xFFFF);
    out += buffer;
}

}  // namespace

Value parse(std::string_view text) { return Reader(text).document(); }

void append_utf8(std::string& out, std::uint32_t code) {
    if (code > 0x10FFFF || (code >= 0xD800 && code < 0xE000)) code = 0xFFFD;
    if (code < 0x80) {
        out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (code >> 6)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (code >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (code >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

std::vector<std::uint32_t> code_points(std::string_view s) {
    std::vector<std::uint32_t> codes;
    std::size_t k = 0;
    while (k < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[k]);
        int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        std::uint32_t code = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
        bool good = extra >= 0;
        for (int j = 1; good && j <= extra; ++j) {
            if (k + j >= s.size() || (static_cast<unsigned char>(s[k + j]) >> 6) != 2) good = false;
            else code = (code << 6) | (static_cast<unsigned char>(s[k + j]) & 0x3F);
        }
        static const std::uint32_t least[] = {0, 0x80, 0x800, 0x10000};
        if (!good || code < least[extra] || code > 0x10FFFF || (code >= 0xD800 && code < 0xE000)) {
            codes.push_back(0xFFFD);  // one replacement per bad byte, as decoders with errors="replace" do
            k += 1;
            continue;
        }
        codes.push_back(code);
        k += extra + 1;
    }
    return codes;
}

void write_string(std::string& out, std::string_view s) {
    out.push_back('"');
    bool ascii = true;
    for (char c : s) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) {
        for (char c : s) {
            if (c == '"' || c == '\\') {
                out.push_back('\\');
                out.push_back(c);
            } else if (static_cast<unsigned char>(c) < 0x20) {
                write_code_unit(out, static_cast<unsigned char>(c));
            } else {
                out.push_back(c);
            }
        }
    } else {
        for (std::uint32_t code : code_points(s)) {
            if (code >= 0x10000) {
                write_code_unit(out, 0xD800 + ((code - 0x10000) >> 10));
                write_code_unit(out, 0xDC00 + ((code - 0x10000) & 0x3FF));
            } else if (code >= 0x80 || code < 0x20) {
                write_code_unit(out, code);
            } else if (code == '"' || code == '\\') {
                out.push_back('\\');
                out.push_back(static_cast<char>(code));
            } else {
                out.push_back(static_cast<char>(code));
            }
        }
    }
    out.push_back('"');
}

namespace {

void write_number(std::string& out, double d) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", d);
    out += buffer;
    if (std::strpbrk(buffer, ".eEn") == nullptr) out += ".0";  // stays a float on the other side
}

}  // namespace

void write(std::string& out, const Value& v) {
    // Iterative: a frame's depth is the runner's own doing, but a stack costs nothing here.
    struct Step {
        const Value* value;
        std::size_t next;
    };
    std::vector<Step> stack{{&v, 0}};
    while (!stack.empty()) {
        Step& step = stack.back();
        const Value& cur = *step.value;
        if (cur.kind == Kind::Array || cur.kind == Kind::Object) {
            bool object = cur.kind == Kind::Object;
            if (step.next == 0) out.push_back(object ? '{' : '[');
            if (step.next >= cur.items.size()) {
                out.push_back(object ? '}' : ']');
                stack.pop_back();
                continue;
            }
            if (step.next > 0) out.push_back(object && step.next % 2 == 1 ? ':' : ',');
            const Value* child = &cur.items[step.next++];
            stack.push_back({child, 0});
            continue;
        }
        switch (cur.kind) {
            case Kind::Null: out += "null"; break;
            case Kind::Bool: out += cur.flag ? "true" : "false"; break;
            case Kind::Int: out += std::to_string(cur.integer); break;
            case Kind::Float: write_number(out, cur.number); break;
            case Kind::String: write_string(out, cur.text); break;
            default: break;
        }
        stack.pop_back();
    }
}

std::string dump(const Value& value) {
    std::string out;
    write(out, value);
    return out;
}

bool equal(const Value& a, const Value& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case Kind::Null: return true;
        case Kind::Bool: return a.flag == b.flag;
        case Kind::Int: return a.integer == b.integer;
        case Kind::Float: return a.number == b.number;
        case Kind::String: return a.text == b.text;
        default: break;
    }
    if (a.items.size() != b.items.size()) return false;
    for (std::size_t k = 0; k < a.items.size(); ++k)
        if (!equal(a.items[k], b.items[k])) return false;
    return true;
}

}  // namespace judge::json
