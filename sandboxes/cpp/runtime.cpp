// The runner's protocol loop in the submission's binary: answer the load,
// then calls and measures, one at a time, except the calls the judge sends
// as concurrent (`"thread": true`): each of those runs and answers on a
// thread of its own (see sandboxes/python/runner.py for the protocol's
// reference runner; this one speaks the subset C++ needs).
#include "runtime.hpp"

#include <cxxabi.h>
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <typeinfo>

#include "call.hpp"
#include "glue.hpp"

namespace judge {

using json::Kind;
using json::Value;

// -- the channel --------------------------------------------------------------

bool Channel::read_line(std::string& line) {
    while (true) {
        std::size_t end = buffer_.find('\n', start_);
        if (end != std::string::npos) {
            line.assign(buffer_, start_, end - start_);
            start_ = end + 1;
            if (start_ == buffer_.size()) buffer_.clear(), start_ = 0;
            return true;
        }
        if (buffer_.size() - start_ > MAX_FRAME_BYTES) throw BadRequest("a request over the frame cap");
        if (start_ > 0) buffer_.erase(0, start_), start_ = 0;
        char chunk[1 << 16];
        ssize_t got = ::read(in_, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return false;
        buffer_.append(chunk, static_cast<std::size_t>(got));
    }
}

std::string Channel::take_buffered() {
    std::string rest = buffer_.substr(start_);
    buffer_.clear();
    start_ = 0;
    return rest;
}

void Channel::send_raw(const std::string& text) {
    std::lock_guard<std::mutex> hold(send_lock_);
    std::size_t done = 0;
    while (done < text.size()) {
        ssize_t wrote = ::write(out_, text.data() + done, text.size() - done);
        if (wrote < 0 && errno == EINTR) continue;
        if (wrote <= 0) _exit(EXIT_PROTOCOL);  // the judge is gone
        done += static_cast<std::size_t>(wrote);
    }
}

void Channel::send(const Value& frame) {
    std::string text = json::dump(frame);
    text.push_back('\n');
    if (text.size() > MAX_FRAME_BYTES) {
        Value over = Value::object();
        if (const Value* id = frame.get("id")) over.set("id", *id);
        over.set("ok", Value::boolean(false));
        over.set("limit", Value::string("output"));
        over.set("message", Value::string("the answer is over the frame cap"));
        text = json::dump(over) + "\n";
    }
    send_raw(text);
}

Channel take_protocol_channel() {
    int in = ::dup(0);
    int out = ::dup(1);
    ::fcntl(in, F_SETFD, FD_CLOEXEC);
    ::fcntl(out, F_SETFD, FD_CLOEXEC);
    int null = ::open("/dev/null", O_RDONLY);
    ::dup2(null, 0);
    ::dup2(2, 1);  // prints go to the runner's stderr, which the judge counts and caps
    ::close(null);
    return Channel(in, out);
}

Value ready_frame(bool zygote) {
    Value frame = Value::object();
    frame.set("id", Value::null());
    frame.set("ok", Value::boolean(true));
    frame.set("ready", Value::of(PROTOCOL_VERSION));
    frame.set("python", Value::string("g++ " __VERSION__ ", C++20"));
    if (zygote) frame.set("zygote", Value::boolean(true));
    return frame;
}

Value error_frame(const Value* id, std::string_view message) {
    Value frame = Value::object();
    frame.set("id", id != nullptr ? *id : Value::null());
    frame.set("ok", Value::boolean(false));
    frame.set("protocol_error", Value::string(std::string(message)));
    return frame;
}

// -- the registry the glue fills ------------------------------------------------

namespace {

struct ClassInfo {
    Entry constructor = nullptr;
    std::map<std::string, Entry> methods;
};

struct Registry {
    std::map<std::string, std::pair<Entry, std::string>> functions;  // name -> entry, how the submission spells it
    std::map<std::string, ClassInfo> classes;
};

Registry& registry() {
    static Registry r;
    return r;
}

}  // namespace

void add_function(const char* name, const char* spelled, Entry entry) { registry().functions[name] = {entry, spelled}; }
void add_class(const char* name, Entry constructor) { registry().classes[name].constructor = constructor; }
void add_method(const char* class_name, const char* method, Entry entry) { registry().classes[class_name].methods[method] = entry; }

// -- one runner's state ---------------------------------------------------------------

namespace {

struct Object {
    void* pointer;
    std::string type;
};

volatile sig_atomic_t current_id = -1;  // the call out, for the CPU-limit handler
volatile sig_atomic_t out_fd_for_signal = 1;
double call_started = 0;
std::atomic<bool> threads_started{false};  // a concurrent call ran: leaving must not wait for (or destroy under) its thread
// A concurrent call's thread: the stack a main-loop call has (8 MiB, the usual RLIMIT_STACK).  Set
// explicitly: with RLIMIT_STACK unlimited glibc would pick its own, and every stack counts against RLIMIT_AS.
constexpr std::size_t THREAD_STACK = 8u << 20;

void on_cpu_limit(int) {
    // No allocation here: the frame is written by hand, then the process leaves
    // (an exception thrown from a signal handler could be caught by the submission).
    char frame[128];
    long long spent_ms = static_cast<long long>((thread_cpu() - call_started) * 1000);
    int n = std::snprintf(frame, sizeof frame, "{\"id\":%d,\"ok\":false,\"limit\":\"cpu\",\"cpu\":%lld.%03lld}\n", static_cast<int>(current_id),
                          spent_ms / 1000, spent_ms % 1000);
    if (n > 0) {
        ssize_t ignored = ::write(out_fd_for_signal, frame, static_cast<std::size_t>(n));
        (void)ignored;
    }
    _exit(EXIT_CPU_LIMIT);
}

void arm(double seconds) {
    itimerval timer{};
    timer.it_value.tv_sec = static_cast<time_t>(seconds);
    timer.it_value.tv_usec = static_cast<suseconds_t>((seconds - static_cast<double>(timer.it_value.tv_sec)) * 1e6);
    setitimer(ITIMER_PROF, &timer, nullptr);
}

void disarm() {
    itimerval timer{};
    setitimer(ITIMER_PROF, &timer, nullptr);
}

void apply_limits(const Value* limits) {
    rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    if (limits == nullptr) return;
    const std::pair<const char*, int> wanted[] = {
        {"memory", RLIMIT_AS}, {"fsize", RLIMIT_FSIZE}, {"nproc", RLIMIT_NPROC}, {"session_cpu", RLIMIT_CPU}};
    for (auto [key, which] : wanted) {
        const Value* value = limits->get(key);
        if (value == nullptr || !value->is(Kind::Int) || value->integer <= 0) continue;
        rlimit current{};
        getrlimit(which, &current);
        rlim_t capped = static_cast<rlim_t>(value->integer);
        if (current.rlim_max != RLIM_INFINITY && capped > current.rlim_max) capped = current.rlim_max;
        rlimit next{capped, capped};
        setrlimit(which, &next);
    }
}

std::string demangled(const char* name) {
    int status = 0;
    std::unique_ptr<char, void (*)(void*)> text(abi::__cxa_demangle(name, nullptr, nullptr, &status), std::free);
    return status == 0 && text ? std::string(text.get()) : std::string(name);
}

// The Python builtin a standard exception stands for, so `pytest.raises(IndexError)` catches `std::out_of_range`.
const char* builtin_base(const std::exception& e) {
    if (dynamic_cast<const std::out_of_range*>(&e)) return "IndexError";
    if (dynamic_cast<const std::invalid_argument*>(&e) || dynamic_cast<const std::domain_error*>(&e) ||
        dynamic_cast<const std::length_error*>(&e))
        return "ValueError";
    if (dynamic_cast<const std::overflow_error*>(&e)) return "OverflowError";
    if (dynamic_cast<const std::underflow_error*>(&e) || dynamic_cast<const std::range_error*>(&e)) return "ArithmeticError";
    if (dynamic_cast<const std::bad_cast*>(&e) || dynamic_cast<const std::bad_function_call*>(&e)) return "TypeError";
    if (dynamic_cast<const std::logic_error*>(&e)) return "ValueError";
    return "RuntimeError";
}

std::string dotted(std::string name) {
    // `std::out_of_range` travels as `std.out_of_range`: a name the trusted side accepts.
    std::string out;
    for (std::size_t k = 0; k < name.size() && out.size() < 80; ++k) {
        char c = name[k];
        if (c == ':' && k + 1 < name.size() && name[k + 1] == ':') {
            out.push_back('.');
            ++k;
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
            out.push_back(c);
        } else {
            out.push_back('_');
        }
    }
    return out.empty() ? "Exception" : out;
}

Value describe(const std::string& type, const char* base, const std::string& message, const std::string& where, bool loading) {
    Value error = Value::object();
    std::string name = dotted(type);
    error.set("type", Value::string(name));
    Value classes = Value::array();
    classes.items.push_back(Value::array({Value::string(name), Value::array({Value::string(base)})}));
    error.set("classes", std::move(classes));
    error.set("message", Value::string(message.substr(0, 4096)));
    error.set("traceback", Value::string("  in " + where + "\n"));
    error.set("line", Value::null());
    error.set("loading", Value::boolean(loading));
    return error;
}

Value builtin_error(const char* type, const std::string& message, const std::string& where) {
    Value error = Value::object();
    error.set("type", Value::string(type));
    error.set("message", Value::string(message));
    error.set("traceback", Value::string("  in " + where + "\n"));
    error.set("line", Value::null());
    error.set("loading", Value::boolean(false));
    return error;
}

// What the runner itself refuses a call, raised in the test as the Python builtin it names:
// a TypeError for what a C++ object cannot do (a field, an operator), an AttributeError for a missing method.
class Refused : public std::runtime_error {
   public:
    Refused(const char* type, const std::string& message) : std::runtime_error(message), type(type) {}
    const char* type;
};

class Runner {
   public:
    explicit Runner(Channel& channel) : channel_(channel) {}

    // The request's answer; none when a call's own thread answers it.
    std::optional<Value> handle(const Value& request) {
        std::string_view op = request.get("op") ? request.get("op")->str_or("") : "";
        if (op == "call" && concurrent(request)) return start_thread(request);
        if (op == "call") return call(request, true);
        if (op == "measure") return measure(request);
        if (op == "ping") return ok(Value::object());
        if (op == "load") throw BadRequest("loaded twice");
        throw BadRequest("unknown op " + std::string(op).substr(0, 40));
    }

    Value load(const Value& request) {
        apply_limits(request.get("limits"));
        const Value* limits = request.get("limits");
        const Value* cpu = limits ? limits->get("cpu") : nullptr;
        cpu_limit_ = cpu && (cpu->is(Kind::Float) || cpu->is(Kind::Int)) ? (cpu->is(Kind::Float) ? cpu->number : static_cast<double>(cpu->integer)) : 0;
        // The compiler already proved every entry point is there: the glue
        // calls each one.  What the judge learns is how they are spelled.
        Value aliases = Value::object();
        for (const auto& [name, entry] : registry().functions) aliases.set(name, Value::string(entry.second));
        Value response = Value::object();
        response.set("ok", Value::boolean(true));
        Value lean = Value::object();
        lean.set("lean", std::move(aliases));
        response.set("value", std::move(lean));
        response.set("cpu", Value::real(0.0));
        return response;
    }

   private:
    Channel& channel_;
    double cpu_limit_ = 0;
    std::mutex handles_lock_;  // concurrent calls make and look up objects at once
    std::vector<Object> handles_;

    // The object a handle names, copied: another call's constructor may grow the table meanwhile.
    Object object_of(const Value& key) {
        std::lock_guard<std::mutex> hold(handles_lock_);
        if (!key.is(Kind::Int) || key.integer < 1 || static_cast<std::size_t>(key.integer) > handles_.size()) throw BadRequest("unknown handle");
        return handles_[static_cast<std::size_t>(key.integer - 1)];
    }

    std::int64_t keep_object(const Made& made) {
        std::lock_guard<std::mutex> hold(handles_lock_);
        handles_.push_back(Object{made.object, made.type});
        return static_cast<std::int64_t>(handles_.size());
    }

    Value ok(Value value) {
        Value response = Value::object();
        response.set("ok", Value::boolean(true));
        Value lean = Value::object();
        lean.set("lean", std::move(value));
        response.set("value", std::move(lean));
        return response;
    }

    // What a target names: an entry, a class (its constructor) or a method of a handle's object.
    Entry resolve(const Value& target, void*& self, std::string& where) {
        const Value* do_ = target.get("do");
        if (do_ != nullptr && do_->str_or("call") != "call")
            throw Refused("TypeError", "a C++ object answers method calls only, not '" + std::string(do_->str_or("?")).substr(0, 40) + "'");
        const Value* attr = target.get("attr");
        if (const Value* key = target.get("handle")) {
            Object object = object_of(*key);
            std::string method(attr ? attr->str_or("") : "");
            // at(), never []: calls on several threads read the registry, none may insert into it.
            auto& methods = registry().classes.at(object.type).methods;
            auto found = methods.find(method);
            if (found == methods.end()) throw Refused("AttributeError", "'" + object.type + "' object has no method '" + method + "'");
            self = object.pointer;
            where = object.type + "::" + method;
            return found->second;
        }
        std::string name(target.get("name") ? target.get("name")->str_or("") : "");
        if (attr != nullptr) throw Refused("AttributeError", "C++ classes have no static members here: " + name);
        auto function = registry().functions.find(name);
        if (function != registry().functions.end()) {
            where = function->second.second;
            return function->second.first;
        }
        auto cls = registry().classes.find(name);
        if (cls != registry().classes.end() && cls->second.constructor != nullptr) {
            where = name + "::" + name;
            return cls->second.constructor;
        }
        throw Refused("AttributeError", "the submission has no entry point '" + name + "'");
    }

    // `timed`: under the per-call CPU limit (a main-loop call); a concurrent call is not, see start_thread.
    Value call(const Value& request, bool timed) {
        const Value* args = request.get("args");
        const Value* target = request.get("target");
        if (args == nullptr || target == nullptr) throw BadRequest("a call needs a target and args");
        Graph graph(*args);
        CallState state(graph);
        Value response = run(*target, state, timed);
        if (response.get("error") == nullptr) {
            response.set("value", state.answer());
            if (state.made) add_handle(response, *state.made);
        }
        response.set("cpu", Value::real(state.cpu));
        return response;
    }

    static bool concurrent(const Value& request) {
        const Value* thread = request.get("thread");
        return thread != nullptr && thread->is(Kind::Bool) && thread->flag;
    }

    // A concurrent call (the judge's test threads call at once): it runs and
    // answers on a detached thread of its own while the main loop goes on
    // reading requests, so a call that blocks until another one arrives (a
    // dequeue waiting for an enqueue) can be freed by it.  No per-call CPU
    // limit (ITIMER_PROF counts the whole process): the judge's wall limit and
    // the process's RLIMIT_CPU hold.  The CPU it reports is its own thread's
    // (Call::begin/end read CLOCK_THREAD_CPUTIME_ID on the calling thread).
    std::optional<Value> start_thread(const Value& request) {
        struct Job {
            Runner* runner;
            Value request;
        };
        auto job = std::make_unique<Job>(Job{this, request});
        pthread_attr_t attributes;
        pthread_attr_init(&attributes);
        pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
        pthread_attr_setstacksize(&attributes, THREAD_STACK);
        // One malloc arena once calls run on threads: each thread's own would reserve 64 MiB of address
        // space, and RLIMIT_AS (the memory limit) counts reservations.  Not before: one-call-at-a-time
        // runs keep the heap's layout (and so their CPU time) as it was.
        if (!threads_started) mallopt(M_ARENA_MAX, 1);
        threads_started = true;
        pthread_t thread;
        auto body = [](void* raw) -> void* {
            std::unique_ptr<Job> mine(static_cast<Job*>(raw));
            mine->runner->answer_from_thread(mine->request);
            return nullptr;
        };
        int failed = pthread_create(&thread, &attributes, body, job.get());
        pthread_attr_destroy(&attributes);
        if (failed == 0) {
            job.release();  // the thread owns it now
            return std::nullopt;
        }
        // No thread (the pids or address-space limit): the call's error, as any other.
        Value response = Value::object();
        response.set("ok", Value::boolean(false));
        response.set("error", builtin_error("RuntimeError", std::string("no thread for a concurrent call: ") + std::strerror(failed), "the runner"));
        return response;
    }

    // As the main loop answers a request, from the call's own thread: the submission's exceptions are the
    // call's error reply (run() catches them); a request the runner cannot use is a protocol error.
    void answer_from_thread(const Value& request) {
        Value id = request.get("id") ? *request.get("id") : Value::null();
        Value answer;
        try {
            answer = call(request, false);
            answer.set("id", id);
        } catch (const json::ParseError& e) {
            answer = error_frame(&id, e.what());
        } catch (const BadRequest& e) {
            answer = error_frame(&id, e.what());
        } catch (const std::bad_alloc&) {
            _exit(EXIT_MEMORY);
        }
        channel_.send(answer);
    }

    void add_handle(Value& response, const Made& made) {
        std::int64_t key = keep_object(made);
        // The value is the handle itself: a table whose root is ["h", key].
        Value* value = nullptr;
        for (std::size_t k = 0; k + 1 < response.items.size(); k += 2)
            if (response.items[k].text == "value") value = &response.items[k + 1];
        for (std::size_t k = 0; value && k + 1 < value->items.size(); k += 2)
            if (value->items[k].text == "root") value->items[k + 1] = Value::array({Value::string("h"), Value::of(key)});
        Value info = Value::object();
        info.set("type", Value::string(made.type));
        info.set("module", Value::string("solution"));
        info.set("mro", Value::array({Value::string(made.type)}));
        Value methods = Value::array();
        for (const auto& [name, entry] : registry().classes.at(made.type).methods) methods.items.push_back(Value::string(name));
        info.set("methods", std::move(methods));
        info.set("class", Value::boolean(false));
        Value handles = Value::object();
        handles.set(std::to_string(key), std::move(info));
        response.set("handles", std::move(handles));
    }

    // Run one entry, under the CPU limit when `timed`; the submission's exceptions are data.
    Value run(const Value& target, CallState& state, bool timed = true) {
        std::string where = "the submission";
        Value response = Value::object();
        try {
            Entry entry = resolve(target, state.self, where);
            if (timed) call_started = thread_cpu();
            if (timed && cpu_limit_ > 0) arm(cpu_limit_);
            Call call(&state);
            entry(call);
            if (timed) disarm();  // a concurrent call never armed the process's timer
            response.set("ok", Value::boolean(true));
            return response;
        } catch (const BadRequest&) {
            if (timed) disarm();
            throw;
        } catch (const Refused& e) {
            if (timed) disarm();
            response.set("error", builtin_error(e.type, e.what(), where));
        } catch (const std::bad_alloc&) {
            if (timed) disarm();
            response.set("error", builtin_error("MemoryError", "std::bad_alloc", where));
        } catch (const std::exception& e) {
            if (timed) disarm();
            response.set("error", describe(demangled(typeid(e).name()), builtin_base(e), e.what(), where, false));
        } catch (...) {
            if (timed) disarm();
            std::type_info* type = abi::__cxa_current_exception_type();
            std::string name = type ? demangled(type->name()) : "unknown";
            response.set("error", describe("RuntimeError", "RuntimeError", "threw a value of type " + name, where, false));
            response.get("error");
        }
        response.set("ok", Value::boolean(false));
        return response;
    }

    // The ladder: CPU seconds per call of one staged input, from batches of
    // fresh copies (decoding each copy is outside the clock).
    Value measure(const Value& request) {
        const Value* key = request.get("input_key");
        if (const Value* args = request.get("args")) {
            staged_.push_back({key ? json::dump(*key) : "null", *args});
            while (staged_.size() > 6) staged_.erase(staged_.begin());
        }
        std::string wanted = key ? json::dump(*key) : "null";
        const Value* input = nullptr;
        for (auto& [k, v] : staged_)
            if (k == wanted) input = &v;
        if (input == nullptr) throw BadRequest("no input staged under that key");
        const Value* target = request.get("target");
        if (target == nullptr) throw BadRequest("a measure needs a target");
        if (target->get("replay")) return replay_measure(*target, *input, request);
        const Value* min_value = request.get("min_seconds");
        double min_seconds = min_value && min_value->is(Kind::Float) ? min_value->number : 0.02;
        double spent = 0;
        int reps = 0;
        while ((spent < min_seconds || reps == 0) && reps < 100000) {
            Graph graph(*input);
            CallState state(graph);
            state.measuring = true;
            Value outcome = run(*target, state);
            if (outcome.get("error")) {
                outcome.set("cpu", Value::real(state.cpu));
                return outcome;
            }
            spent += state.cpu;
            ++reps;
        }
        Value value = Value::object();
        value.set("cpu", Value::real(spent / reps));
        value.set("reps", Value::of(reps));
        value.set("count", Value::null());
        return ok(std::move(value));
    }

    // A design problem's input: construct, then make each (method, args) call.
    Value replay_measure(const Value& target, const Value& input, const Value&) {
        Graph graph(input);
        Decoder decoder(graph);
        if (graph.arg_count() != 2) throw BadRequest("a replay input is (constructor args, operations)");
        Box ctor_args = decoder.list(graph.arg(0));
        Box ops = decoder.list(graph.arg(1));
        double spent = 0;
        Value ctor = wrap_args(graph, ctor_args);
        Graph ctor_graph(ctor);
        CallState made(ctor_graph);
        made.measuring = true;
        Value outcome = run(target, made);
        if (outcome.get("error")) return outcome;
        spent += made.cpu;
        if (!made.made) throw BadRequest("the replayed target made no object");
        Value on = Value::object();
        on.set("handle", Value::of(keep_object(*made.made)));
        for (std::size_t k = 0; k < ops.count; ++k) {
            Box op = decoder.list(ops.items[k]);
            if (op.count != 2) throw BadRequest("an operation is (method, args)");
            Value method_target = on;
            method_target.set("attr", Value::string(decoder.text(op.items[0])));
            Value op_args = wrap_args(graph, decoder.list(op.items[1]));
            Graph op_graph(op_args);
            CallState state(op_graph);
            state.measuring = true;
            Value result = run(method_target, state);
            if (result.get("error")) return result;
            spent += state.cpu;
        }
        Value value = Value::object();
        value.set("cpu", Value::real(spent));
        value.set("reps", Value::of(1));
        value.set("count", Value::null());
        return ok(std::move(value));
    }

    // Arguments inside a replay input, re-rooted as a call's own [args, {}] (lean values copied as they are).
    static Value wrap_args(const Graph& graph, const Box& box) {
        Value args = Value::array();
        for (std::size_t k = 0; k < box.count; ++k) args.items.push_back(plain(graph, box.items[k], 0));
        Value lean = Value::object();
        lean.set("lean", Value::array({std::move(args), Value::object()}));
        return lean;
    }

    static Value plain(const Graph& graph, const Value& atom, int depth) {
        if (depth > 32) throw BadRequest("a replayed argument nested too deeply");
        Box box;
        if (!graph.box(atom, box)) return atom;
        Value list = Value::array();
        for (std::size_t k = 0; k < box.count; ++k) list.items.push_back(plain(graph, box.items[k], depth + 1));
        return list;
    }

    std::vector<std::pair<std::string, Value>> staged_;
};

// The end of the requests.  Calls a test left blocked may still hold their
// threads: leave at once, without running destructors under them.
int leave() {
    if (!threads_started) return 0;
    std::cout.flush();  // its own buffer when the submission unsynced it from stdio
    std::fflush(nullptr);
    _exit(0);
}

}  // namespace

int serve(Channel& channel, const std::string& load_file) {
    out_fd_for_signal = channel.out_fd();
    signal(SIGPROF, on_cpu_limit);
    judge_register();
    Runner runner(channel);
    std::ifstream file(load_file);
    std::stringstream text;
    text << file.rdbuf();
    ::unlink(load_file.c_str());
    Value request = json::parse(text.str());
    Value response = runner.load(request);
    if (const Value* id = request.get("id")) response.set("id", *id);
    channel.send(response);
    std::string line;
    while (true) {
        Value id = Value::null();
        try {
            if (!channel.read_line(line)) return leave();
            Value next = json::parse(line);
            if (const Value* got = next.get("id")) id = *got;
            if (next.get("op") && next.get("op")->str_or("") == "exit") return leave();
            current_id = id.is(Kind::Int) ? static_cast<sig_atomic_t>(id.integer) : -1;
            std::optional<Value> answer = runner.handle(next);
            if (!answer) continue;  // a concurrent call: its own thread answers
            answer->set("id", id);
            channel.send(*answer);
        } catch (const json::ParseError& e) {
            channel.send(error_frame(&id, e.what()));
        } catch (const BadRequest& e) {
            channel.send(error_frame(&id, e.what()));
        } catch (const std::bad_alloc&) {
            _exit(EXIT_MEMORY);
        }
    }
}

}  // namespace judge

// The supervisor binary has no glue: nothing registers.
__attribute__((weak)) void judge_register() {}
