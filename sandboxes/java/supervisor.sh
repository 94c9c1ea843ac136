#!/bin/sh
# The Java image's supervisor (the container's zygote): a fresh runner JVM per
# case on the container's own stdin/stdout, the same wire as Python's zygote.
#
#   sh /opt/judge/supervisor.sh JVM_FLAGS...
#
# Per {"op": "fork"} line: start `java JVM_FLAGS ... judge.runner.Runner` with
# the protocol moved to fds 4 (requests) and 3 (frames) and fds 0-2 where the
# submission may play (prints go to stderr, which the judge counts); while it
# runs, nothing here reads stdin (dash's `read` takes one byte at a time, so
# no request meant for the runner is ever swallowed).  When it ends: kill
# everything of ours that is left (kill -1 spares this shell and the init),
# empty /tmp but the compile cache (the submission's classes, kept for the
# next case), and report {"ended": {"code", "oom"}}.  Lines it cannot use
# (the unread tail of a runner that died mid-request) are skipped.
JAVA_DIR=/opt/judge/java
export MALLOC_ARENA_MAX=2  # two malloc arenas, not eight per core (64 MiB each)
CACHE=/tmp/judge-java

oom_kills() {
    sed -n 's/^oom_kill //p' /sys/fs/cgroup/memory.events 2>/dev/null \
        || sed -n 's/^oom_kill //p' /sys/fs/cgroup/memory/memory.oom_control 2>/dev/null
}

empty_tmp() {
    for f in /tmp/* /tmp/.[!.]* /tmp/..?*; do
        [ -e "$f" ] || [ -L "$f" ] || continue
        [ "$f" = "$CACHE" ] || rm -rf "$f"
    done
}

archive=''
[ -f "$JAVA_DIR/runner.jsa" ] && archive="-XX:SharedArchiveFile=$JAVA_DIR/runner.jsa"

printf '%s\n' '{"id":null,"ok":true,"ready":2,"python":"","zygote":true}'
while IFS= read -r line; do
    case $line in
        *'"op":"fork"'* | *'"op": "fork"'*) ;;
        *) continue ;;
    esac
    before=$(oom_kills)
    # shellcheck disable=SC2086 # $archive is one flag or none
    java "$@" $archive -Djudge.javac.archive="$JAVA_DIR/javac.jsa" -cp "$JAVA_DIR/runner.jar" judge.runner.Runner \
        --fds --cache "$CACHE" --nodes "$JAVA_DIR/nodes" 3>&1 4<&0 1>&2 0</dev/null
    code=$?
    kill -9 -1 2>/dev/null
    empty_tmp
    after=$(oom_kills)
    [ "$code" -gt 128 ] && code=$((128 - code))  # killed by signal N: -N, as the judge reads exit codes
    oom=null
    [ -n "$before" ] && [ -n "$after" ] && { [ "$after" -gt "$before" ] && oom=true || oom=false; }
    printf '{"id":null,"ended":{"code":%d,"oom":%s}}\n' "$code" "$oom"
done
