// verdict: CE
// Templates that instantiate without end: the compiler's own limits stop it, never the judge.
template <int N> struct Bomb { static constexpr long long value = Bomb<N + 1>::value + Bomb<N + 2>::value; };
class Solution {
public:
    int solve(int n) { return n + (int)Bomb<0>::value; }
};
