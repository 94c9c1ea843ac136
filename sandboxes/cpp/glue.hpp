// The interface between a submission's generated glue and the runner.
//
// The judge writes, per problem signature, a small glue file that includes
// prelude.hpp, the candidate's file, then this header, and defines
// judge_register(): one function per entry point and method, each taking
// its arguments with Call::take, calling Solution's method (or the class's)
// between begin() and end(), and handing back the result.  Everything else
// (JSON, the protocol, limits) lives in the runner's object files, compiled
// once: a submission compiles only itself and this glue.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

struct TreeNode;
struct ListNode;

namespace judge {

struct CallState;

class Call {
   public:
    explicit Call(CallState* state) : state_(state) {}

    // The i-th argument, converted to the declared type (a bad value is the request's fault).
    void take(std::size_t i, int& out);
    void take(std::size_t i, long long& out);
    void take(std::size_t i, double& out);
    void take(std::size_t i, bool& out);
    void take(std::size_t i, std::string& out);
    void take(std::size_t i, std::vector<int>& out);
    void take(std::size_t i, std::vector<long long>& out);
    void take(std::size_t i, std::vector<double>& out);
    void take(std::size_t i, std::vector<bool>& out);
    void take(std::size_t i, std::vector<std::string>& out);
    void take(std::size_t i, std::vector<std::vector<int>>& out);
    void take(std::size_t i, std::vector<std::vector<std::string>>& out);
    void take(std::size_t i, TreeNode*& out);
    void take(std::size_t i, ListNode*& out);

    // After the call: an argument the submission may have changed in place goes back to the test.
    template <typename T>
    void back(std::size_t i, const T& value) { give_back(i, value); }

    void begin();  // the submission's code starts: its CPU time counts from here
    void end();    // ... and stops here

    void result(int value);
    void result(long long value);
    void result(double value);
    void result(bool value);
    void result(const std::string& value);
    void result(const std::vector<int>& value);
    void result(const std::vector<long long>& value);
    void result(const std::vector<double>& value);
    void result(const std::vector<bool>& value);
    void result(const std::vector<std::string>& value);
    void result(const std::vector<std::vector<int>>& value);
    void result(const std::vector<std::vector<std::string>>& value);
    void result(TreeNode* value);
    void result(ListNode* value);
    void none();

    void* self();                                  // a method's object
    void made(void* object, const char* type_name);  // a constructor's object: a handle for the test

   private:
    CallState* state_;
    void give_back(std::size_t, int) {}
    void give_back(std::size_t, long long) {}
    void give_back(std::size_t, double) {}
    void give_back(std::size_t, bool) {}
    void give_back(std::size_t, const std::string&) {}
    void give_back(std::size_t, TreeNode*) {}  // nodes are written back by the runner: it knows every input node
    void give_back(std::size_t, ListNode*) {}
    void give_back(std::size_t i, const std::vector<int>& value);
    void give_back(std::size_t i, const std::vector<long long>& value);
    void give_back(std::size_t i, const std::vector<double>& value);
    void give_back(std::size_t i, const std::vector<bool>& value);
    void give_back(std::size_t i, const std::vector<std::string>& value);
    void give_back(std::size_t i, const std::vector<std::vector<int>>& value);
    void give_back(std::size_t i, const std::vector<std::vector<std::string>>& value);
};

using Entry = void (*)(Call&);

void add_function(const char* name, const char* spelled, Entry entry);
void add_class(const char* name, Entry constructor);
void add_method(const char* class_name, const char* method, Entry entry);

}  // namespace judge

void judge_register();  // defined by the glue
