// One binary, three roles: the container's zygote (--zygote), the supervisor
// that compiles a submission (--home, --cache), and, linked with a
// submission's glue, the runner that serves its calls (--loaded).
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime.hpp"

int main(int argc, char** argv) {
    std::string loaded;
    int in = -1, out = -1;
    bool zygote = false;
    for (int k = 1; k < argc; ++k) {
        if (std::strcmp(argv[k], "--zygote") == 0) zygote = true;
        if (k + 1 < argc && std::strcmp(argv[k], "--loaded") == 0) loaded = argv[k + 1];
        if (k + 1 < argc && std::strcmp(argv[k], "--in") == 0) in = std::atoi(argv[k + 1]);
        if (k + 1 < argc && std::strcmp(argv[k], "--out") == 0) out = std::atoi(argv[k + 1]);
    }
    if (!loaded.empty()) {
        judge::Channel channel(in, out);  // the supervisor moved the protocol already
        return judge::serve(channel, loaded);
    }
    judge::Channel channel = judge::take_protocol_channel();
    return zygote ? judge::zygote(channel, argc, argv) : judge::supervise(channel, argc, argv);
}
