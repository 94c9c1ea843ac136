#!/bin/sh
# Build the C++ runner's home: the runner's objects in libjudge.a (compiled
# once, never with a submission), the judge-cpp binary (zygote and
# supervisor), and prelude.hpp precompiled with the very flags a submission
# is compiled with (else g++ silently ignores the .gch).
#
#   sandboxes/cpp/make-home.sh HOME_DIR
#
# Used by the Dockerfile (/opt/judge) and by the local sandbox (a cache
# folder per runner digest).  Needs g++ (C++20).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$1
FLAGS="-std=c++20 -O2 -pipe -fdiagnostics-color=never -Dmain=judge_submission_main"
mkdir -p "$OUT"
cp "$HERE/prelude.hpp" "$HERE/nodes.hpp" "$HERE/glue.hpp" "$OUT/"
OBJ=$(mktemp -d)
trap 'rm -rf "$OBJ"' EXIT
for unit in json values call runtime supervisor main; do
    g++ -std=c++20 -O2 -pipe -Wall -c "$HERE/$unit.cpp" -o "$OBJ/$unit.o" &
done
g++ $FLAGS -x c++-header "$OUT/prelude.hpp" -o "$OUT/prelude.hpp.gch.tmp" &
wait
for unit in json values call runtime supervisor main; do [ -f "$OBJ/$unit.o" ] || { echo "make-home.sh: $unit.cpp did not compile" >&2; exit 1; }; done
[ -f "$OUT/prelude.hpp.gch.tmp" ] || { echo "make-home.sh: prelude.hpp did not precompile" >&2; exit 1; }
mv "$OUT/prelude.hpp.gch.tmp" "$OUT/prelude.hpp.gch"
rm -f "$OUT/libjudge.a"
ar rcs "$OUT/libjudge.a" "$OBJ"/*.o
g++ -O2 "$OBJ"/*.o -o "$OUT/judge-cpp.tmp"
mv "$OUT/judge-cpp.tmp" "$OUT/judge-cpp"
