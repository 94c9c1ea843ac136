// What a LeetCode C++ solution finds before its first line: the whole
// standard library, `using namespace std`, and the TreeNode and ListNode
// structs as the site defines them.  Precompiled once (prelude.hpp.gch) so
// a submission compiles in a fraction of the time <bits/stdc++.h> costs.
#pragma once

#include <bits/stdc++.h>

using namespace std;

#include "nodes.hpp"
