// verdict: AC
// local: escapes - the local sandbox shares the host's /tmp and keeps compiled binaries in the user's cache
// Leaves marks for the next case and replaces its own compiled binary on disk: each case must still start
// from a clean build folder and the binary the judge compiled (the zygote keeps it sealed in memory).
class Solution {
public:
    int solve(int n) {
        namespace fs = std::filesystem;
        static bool first_call_of_this_case = true;
        if (!first_call_of_this_case) return n + 1;
        first_call_of_this_case = false;
        for (const char* mark : {"/judge-build/mark", "/tmp/mark"})
            if (fs::exists(mark)) throw runtime_error(string("an earlier case left ") + mark);
        for (const char* mark : {"/judge-build/mark", "/tmp/mark"}) ofstream(mark) << "was here";
        std::error_code ignored;
        for (const auto& entry : fs::directory_iterator("/judge-build", ignored)) {
            fs::path binary = entry.path() / "solution";
            if (!fs::exists(binary)) continue;
            ofstream(entry.path() / "fake") << "#!/bin/sh\nexit 3\n";
            fs::rename(entry.path() / "fake", binary, ignored);
        }
        return n + 1;
    }
};
