// The runner's internals shared by its translation units (not seen by glue).
#pragma once

#include <mutex>
#include <string>
#include <string_view>

#include "json.hpp"

namespace judge {

constexpr int PROTOCOL_VERSION = 2;
constexpr std::size_t MAX_FRAME_BYTES = 64u * 1024 * 1024;
constexpr int EXIT_CPU_LIMIT = 152;
constexpr int EXIT_MEMORY = 153;
constexpr int EXIT_PROTOCOL = 154;

// The protocol channel: requests in on one descriptor, frames out on another.
class Channel {
   public:
    Channel(int in_fd, int out_fd) : in_(in_fd), out_(out_fd) {}
    bool read_line(std::string& line);  // false at EOF; a line past the frame cap is an error frame's business
    void send(const json::Value& frame);
    void send_raw(const std::string& text);  // one whole frame: concurrent calls answer from their own threads
    int in_fd() const { return in_; }
    int out_fd() const { return out_; }
    std::string take_buffered();  // bytes read past the last line (none while requests go one at a time)

   private:
    int in_;
    int out_;
    std::string buffer_;
    std::size_t start_ = 0;
    std::mutex send_lock_;  // frames from the main loop and from call threads never interleave
};

// Move the protocol to private descriptors; fds 0-2 are where the submission may play.
Channel take_protocol_channel();

json::Value ready_frame(bool zygote);
json::Value error_frame(const json::Value* id, std::string_view message);

int serve(Channel& channel, const std::string& load_file);  // the submission's binary: answer the load, then calls
int supervise(Channel& channel, int argc, char** argv);      // compile on load, then become the submission's binary
int zygote(Channel& channel, int argc, char** argv);         // a fresh supervisor per `fork` (the container's PID 1 child)

}  // namespace judge
