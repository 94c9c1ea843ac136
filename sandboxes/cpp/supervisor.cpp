// Compiling is its own phase: the supervisor answers `ready`, takes the
// `load`, compiles the submission with its glue (or finds it compiled: the
// same source and glue compile once per cache), then becomes the compiled
// binary (exec), which answers the load and serves the calls.  The compiler
// runs with limits of its own (wall, CPU, memory, diagnostics size) and its
// time is never a call's: no per-call CPU limit is armed until the load is
// answered.  In a container the zygote forks a fresh supervisor per case.
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "runtime.hpp"
#include "values.hpp"

namespace judge {

using json::Kind;
using json::Value;

namespace {

constexpr std::size_t DIAGNOSTICS_CAP = 64 * 1024;  // kept of the compiler's output; the rest is drained
constexpr int COMPILE_WALL_SECONDS = 60;
constexpr rlim_t COMPILE_CPU_SECONDS = 60;
constexpr rlim_t COMPILE_MEMORY = 2048ULL * 1024 * 1024;
constexpr rlim_t COMPILE_FILE_SIZE = 256ULL * 1024 * 1024;
constexpr const char* GLUE_NAME = "judge_entry_points.cpp";

// In a container, the zygote keeps each compiled submission sealed in memory
// (a memfd no one can write), and each case's supervisor, forked from it,
// starts the binary from there: a case can neither change the binary the next
// case runs nor leave anything in the build folder, which the zygote empties.
std::map<std::string, int> sealed;  // source and glue's key -> sealed memfd, inherited by each forked supervisor
int report_socket = -1;             // where a forked supervisor hands a newly sealed binary to the zygote

struct Options {
    std::string home;   // prelude.hpp(.gch), glue.hpp, libjudge.a
    std::string cache;  // compiled submissions, one folder per source and glue
    long memory_mib = 0;  // the container's per-runner memory (RLIMIT_AS on the binary); 0: set on load
};

Options options(int argc, char** argv) {
    Options o;
    for (int k = 1; k + 1 < argc; ++k) {
        std::string flag = argv[k];
        if (flag == "--home") o.home = argv[k + 1];
        if (flag == "--cache") o.cache = argv[k + 1];
        if (flag == "--memory-mib") o.memory_mib = std::atol(argv[k + 1]);
    }
    return o;
}

std::string text_of(const Value& request, const char* key) {
    const Value* v = request.get(key);
    return v != nullptr && v->is(Kind::String) ? v->text : std::string();
}

// The candidate's file name as the compiler will show it: a plain name, never a path.
std::string plain_name(std::string name) {
    std::string out;
    for (char c : name)
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-') out.push_back(c);
    if (out.empty() || out[0] == '.' || out == GLUE_NAME) out = "solution.cpp";
    return out;
}

std::string fingerprint(const std::string& a, const std::string& b, const std::string& c) {
    // FNV-1a, 2 x 64 bits: a cache key, not a security boundary (the cache is the submission's own).
    std::uint64_t h1 = 1469598103934665603ULL, h2 = 1099511628211ULL * 31;
    for (const std::string* part : {&a, &b, &c}) {
        for (unsigned char ch : *part) {
            h1 = (h1 ^ ch) * 1099511628211ULL;
            h2 = (h2 ^ ch) * 0x100000001b3ULL + 7;
        }
        h1 = (h1 ^ 0xff) * 1099511628211ULL;
    }
    char out[40];
    std::snprintf(out, sizeof out, "%016llx%016llx", static_cast<unsigned long long>(h1), static_cast<unsigned long long>(h2));
    return out;
}

bool write_file(const std::string& path, const std::string& text) {
    std::ofstream file(path, std::ios::binary);
    file << text;
    return static_cast<bool>(file);
}

struct Compiled {
    bool ok = false;
    bool timed_out = false;
    std::string diagnostics;
};

void compiler_limits() {
    rlimit cpu{COMPILE_CPU_SECONDS, COMPILE_CPU_SECONDS + 1};
    setrlimit(RLIMIT_CPU, &cpu);
    for (auto [which, cap] : {std::pair{RLIMIT_AS, COMPILE_MEMORY}, std::pair{RLIMIT_FSIZE, COMPILE_FILE_SIZE}}) {
        rlimit current{};
        getrlimit(which, &current);
        rlim_t value = current.rlim_max != RLIM_INFINITY && current.rlim_max < cap ? current.rlim_max : cap;
        rlimit next{value, value};
        setrlimit(which, &next);
    }
}

Compiled run_compiler(const std::string& folder, const std::vector<std::string>& args) {
    Compiled outcome;
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) return {false, false, "the compiler could not be started (pipe)"};
    pid_t pid = fork();
    if (pid < 0) return {false, false, "the compiler could not be started (fork)"};
    if (pid == 0) {
        setpgid(0, 0);
        dup2(pipe_fds[1], 1);
        dup2(pipe_fds[1], 2);
        close(pipe_fds[0]);
        close(pipe_fds[1]);
        if (chdir(folder.c_str()) != 0) _exit(127);
        compiler_limits();
        setenv("LC_ALL", "C", 1);  // plain ASCII quotes in the diagnostics
        std::vector<char*> argv;
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execvp(argv[0], argv.data());
        std::fprintf(stderr, "cannot run %s: %s\n", argv[0], std::strerror(errno));
        _exit(127);
    }
    close(pipe_fds[1]);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(COMPILE_WALL_SECONDS);
    char chunk[8192];
    while (true) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0) {
            outcome.timed_out = true;
            break;
        }
        pollfd poller{pipe_fds[0], POLLIN, 0};
        int ready = poll(&poller, 1, static_cast<int>(left));
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) continue;
        ssize_t got = read(pipe_fds[0], chunk, sizeof chunk);
        if (got <= 0) break;
        if (outcome.diagnostics.size() < DIAGNOSTICS_CAP) outcome.diagnostics.append(chunk, static_cast<std::size_t>(got));
    }
    close(pipe_fds[0]);
    kill(-pid, SIGKILL);  // the compiler and whatever it started (cc1plus, as, ld)
    int status = 0;
    waitpid(pid, &status, 0);
    outcome.ok = !outcome.timed_out && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (WIFSIGNALED(status) && !outcome.timed_out)
        outcome.diagnostics += "\nthe compiler was killed by signal " + std::to_string(WTERMSIG(status)) + " (out of memory or CPU time?)";
    return outcome;
}

// The first diagnostics, as the candidate should read them: the first error
// and the lines after it, without the "In file included from" lead-in.
Value compile_error(const Compiled& compiled, const std::string& filename) {
    Value error = Value::object();
    error.set("type", Value::string("CompileError"));
    std::string message;
    Value line = Value::null(), column = Value::null();
    if (compiled.timed_out) {
        message = "compiling took longer than " + std::to_string(COMPILE_WALL_SECONDS) + " s";
    } else {
        std::vector<std::string> lines;
        std::size_t start = 0;
        const std::string& all = compiled.diagnostics;
        while (start < all.size()) {
            std::size_t end = all.find('\n', start);
            if (end == std::string::npos) end = all.size();
            lines.push_back(all.substr(start, end - start));
            start = end + 1;
        }
        std::regex located("^([^:]+):([0-9]+):([0-9]+): (fatal )?error: ?(.*)$");
        std::regex excerpt("^ *[0-9]* \\| .*$|^ *\\|.*$");  // g++'s own copy of a source line and its caret
        std::size_t first = lines.size();
        for (std::size_t k = 0; k < lines.size() && first == lines.size(); ++k) {
            std::smatch m;
            if (!std::regex_match(lines[k], m, located)) continue;
            first = k;
            // The first error without its location: the judge shows the line and a caret of its own.
            if (m[1] == filename) {
                line = Value::of(std::stoll(m[2]));
                column = Value::of(std::stoll(m[3]));
                message = "error: " + m[5].str() + "\n";
            } else if (m[1] == GLUE_NAME) {
                message = filename + " does not define what the problem calls, as the starter spells it: " + m[5].str() + "\n";
            } else {
                message = lines[k] + "\n";
            }
        }
        std::size_t shown = 0;
        for (std::size_t k = first == lines.size() ? 0 : first + 1; k < lines.size() && shown < 12; ++k) {
            if (lines[k].rfind("In file included from", 0) == 0 || lines[k].rfind("                 from", 0) == 0) continue;
            if (std::regex_match(lines[k], excerpt) && (k <= first + 3 || lines[k].find(GLUE_NAME) != std::string::npos)) continue;
            if (lines[k].find(GLUE_NAME) != std::string::npos) continue;  // the judge's generated code: nothing to show
            message += lines[k] + "\n";
            ++shown;
        }
        while (!message.empty() && message.back() == '\n') message.pop_back();
        if (message.empty()) message = "the compiler failed without a diagnostic";
    }
    error.set("message", Value::string(message));
    error.set("traceback", Value::string(""));
    error.set("line", line);
    error.set("column", column);
    error.set("loading", Value::boolean(true));
    return error;
}

// The compiled binary for this source and glue: from the cache, or compiled now.
Compiled compile(const Options& o, const std::string& key, const std::string& source, const std::string& glue, const std::string& filename,
                 std::string& binary) {
    std::string folder = o.cache + "/" + key;
    binary = folder + "/solution";
    if (access(binary.c_str(), X_OK) == 0) return {true, false, ""};
    std::string work = folder + ".tmp" + std::to_string(getpid());
    mkdir(o.cache.c_str(), 0700);
    mkdir(work.c_str(), 0700);
    if (!write_file(work + "/" + filename, source) || !write_file(work + "/" + GLUE_NAME, glue))
        return {false, false, "the submission could not be written to the build folder (is it full?)"};
    // -Dmain: a pasted main() must not collide with the runner's own.
    Compiled compiled = run_compiler(work, {"g++", "-std=c++20", "-O2", "-pipe", "-fdiagnostics-color=never", "-fmax-errors=10",
                                            "-Dmain=judge_submission_main", "-I", o.home, GLUE_NAME, o.home + "/libjudge.a", "-o",
                                            "solution"});
    if (compiled.ok && rename(work.c_str(), folder.c_str()) != 0 && access(binary.c_str(), X_OK) != 0)
        compiled = {false, false, "the compiled submission could not be kept"};
    if (!compiled.ok) {
        std::string command = "rm -rf '" + work + "'";
        int ignored = std::system(command.c_str());
        (void)ignored;
    }
    return compiled;
}

void clear_cloexec(int fd) { fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) & ~FD_CLOEXEC); }

void cap_memory(long mib) {
    if (mib <= 0) return;
    rlim_t bytes = static_cast<rlim_t>(mib) * 1024 * 1024;
    rlimit next{bytes, bytes};
    setrlimit(RLIMIT_AS, &next);
}

// The binary copied into a sealed memfd, handed to the zygote (SCM_RIGHTS) with its key; -1 if that fails.
int seal(const std::string& binary, const std::string& key) {
    int fd = memfd_create("solution", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    std::ifstream file(binary, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    bool copied = fd >= 0 && !bytes.empty() && write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
    if (!copied || fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) != 0) {
        if (fd >= 0) close(fd);
        return -1;
    }
    char control[CMSG_SPACE(sizeof(int))] = {};
    iovec part{const_cast<char*>(key.data()), key.size()};
    msghdr message{};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    cmsghdr* header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(header), &fd, sizeof(int));
    sendmsg(report_socket, &message, MSG_DONTWAIT);  // lost: the next case compiles again, no harm
    return fd;
}

// The sealed binaries the case's supervisor handed over on `from`.
void receive_sealed(int from) {
    while (true) {
        char key[128];
        char control[CMSG_SPACE(sizeof(int))] = {};
        iovec part{key, sizeof key};
        msghdr message{};
        message.msg_iov = &part;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        ssize_t got = recvmsg(from, &message, MSG_DONTWAIT);
        if (got <= 0) return;
        cmsghdr* header = CMSG_FIRSTHDR(&message);
        if (header == nullptr || header->cmsg_type != SCM_RIGHTS) continue;
        int fd = -1;
        std::memcpy(&fd, CMSG_DATA(header), sizeof(int));
        std::string name(key, static_cast<std::size_t>(got));
        if (sealed.count(name)) close(fd);
        else sealed[name] = fd;
    }
}

}  // namespace

int supervise(Channel& channel, int argc, char** argv) {
    Options o = options(argc, argv);
    channel.send(ready_frame(false));
    std::string line;
    if (!channel.read_line(line)) return 0;
    Value request;
    try {
        request = json::parse(line);
    } catch (const json::ParseError& e) {
        channel.send(error_frame(nullptr, e.what()));
        return EXIT_PROTOCOL;
    }
    const Value* id = request.get("id");
    if (text_of(request, "op") != "load") {
        channel.send(error_frame(id, "the first request must be a load"));
        return EXIT_PROTOCOL;
    }
    std::string filename = plain_name(text_of(request, "filename"));
    std::string glue = text_of(request, "glue");
    std::size_t at = glue.find("@SUBMISSION@");  // the judge cannot know the file's name here
    if (at != std::string::npos) glue.replace(at, 12, filename);
    std::string source = text_of(request, "source");
    std::string key = fingerprint(source, glue, filename);
    std::string binary;
    int memfd = sealed.count(key) ? sealed[key] : -1;
    Compiled compiled = memfd >= 0 ? Compiled{true, false, ""} : compile(o, key, source, glue, filename, binary);
    if (compiled.ok && memfd < 0 && report_socket >= 0) memfd = seal(binary, key);
    if (!compiled.ok) {
        Value response = Value::object();
        response.set("id", id ? *id : Value::null());
        response.set("ok", Value::boolean(false));
        response.set("error", compile_error(compiled, filename));
        channel.send(response);
        return 0;
    }
    // The binary answers this load itself: it gets the request from a file.
    std::string load_file = "judge-load-" + std::to_string(getpid()) + ".json";
    if (!write_file(load_file, line)) {
        channel.send(error_frame(id, "the load could not be handed to the compiled submission"));
        return EXIT_PROTOCOL;
    }
    clear_cloexec(channel.in_fd());
    clear_cloexec(channel.out_fd());
    cap_memory(o.memory_mib);
    std::string in = std::to_string(channel.in_fd()), out = std::to_string(channel.out_fd());
    std::vector<const char*> args = {memfd >= 0 ? "solution" : binary.c_str(), "--loaded", load_file.c_str(), "--in", in.c_str(), "--out", out.c_str(), nullptr};
    if (memfd >= 0) fexecve(memfd, const_cast<char* const*>(args.data()), environ);
    else execv(binary.c_str(), const_cast<char* const*>(args.data()));
    channel.send(error_frame(id, std::string("the compiled submission could not start: ") + std::strerror(errno)));
    return EXIT_PROTOCOL;
}

// -- the container's zygote ----------------------------------------------------------

namespace {

long oom_kills() {
    for (const char* path : {"/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control"}) {
        std::ifstream file(path);
        std::string key;
        long value = 0;
        while (file >> key >> value)
            if (key == "oom_kill") return value;
    }
    return -1;
}

void empty_folder(const std::string& root, const std::string& keep) {
    DIR* dir = opendir(root.c_str());
    if (dir == nullptr) return;
    std::vector<std::string> names;
    while (dirent* entry = readdir(dir)) {
        std::string name = entry->d_name;
        if (name != "." && name != ".." && root + "/" + name != keep) names.push_back(name);
    }
    closedir(dir);
    for (const std::string& name : names) {
        std::string command = "rm -rf -- '" + root + "/" + name + "'";
        if (name.find('\'') != std::string::npos) continue;
        int ignored = std::system(command.c_str());
        (void)ignored;
    }
}

}  // namespace

int zygote(Channel& channel, int argc, char** argv) {
    Options o = options(argc, argv);
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, pair) != 0) return EXIT_PROTOCOL;
    int reports = pair[0];
    report_socket = pair[1];
    channel.send(ready_frame(true));
    std::string line;
    while (channel.read_line(line)) {
        Value request;
        try {
            request = json::parse(line);
        } catch (const json::ParseError&) {
            continue;  // the tail of a request a dying runner did not read
        }
        if (text_of(request, "op") != "fork") continue;
        long oom_before = oom_kills();
        pid_t pid = fork();
        if (pid == 0) {
            std::ofstream("/proc/self/oom_score_adj") << "1000";  // the kernel's OOM killer takes the case, not the zygote
            _exit(supervise(channel, argc, argv));
        }
        int status = 0;
        waitpid(pid, &status, 0);
        kill(-1, SIGKILL);  // everything of ours but this process
        while (waitpid(-1, nullptr, WNOHANG) > 0) {
        }
        receive_sealed(reports);
        empty_folder("/tmp", o.cache);
        empty_folder(o.cache, "");  // the sealed copies are what later cases run
        long oom_after = oom_kills();
        Value ended = Value::object();
        ended.set("code", Value::of(WIFSIGNALED(status) ? -WTERMSIG(status) : WEXITSTATUS(status)));
        if (oom_before >= 0 && oom_after >= 0) ended.set("oom", Value::boolean(oom_after > oom_before));
        Value frame = Value::object();
        frame.set("id", Value::null());
        frame.set("ended", std::move(ended));
        channel.send(frame);
    }
    return 0;
}

}  // namespace judge
