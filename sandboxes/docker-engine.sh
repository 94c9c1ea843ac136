#!/usr/bin/env bash
# Make sure a Docker engine answers on the default socket; idempotent.
#
#   sandboxes/docker-engine.sh        (as root; CI runs it in a fresh clone)
#
# Exits 0 at once if `docker info` already works.  Otherwise installs Debian's
# docker.io if dockerd is missing, starts dockerd in the background (it stays
# running after this script exits) and waits up to DOCKERD_WAIT seconds.
#
# Findings on this machine kind (Debian 12, kernel 6.18, firecracker VM, no
# systemd as PID 1, cgroup v1 hybrid, ext4 root, iptables-nft):
#   - docker.io 20.10.24 (API 1.41) starts with NO extra flags: storage driver
#     overlay2 (Native Overlay Diff: true), cgroup driver cgroupfs, the
#     default bridge and its iptables rules come up fine.  Only warnings:
#     "kernel does not support cgroup blkio weight" (harmless).
#   - dockerd starts its own containerd (/var/run/docker/containerd/) when
#     none is running, so containerd needs no separate start.
#   - --init works: docker.io depends on tini, /usr/bin/docker-init.
#   - The machine may also carry a newer static docker CLI in /usr/local/bin;
#     it negotiates down to API 1.41 and works against this daemon.
#   - There is no service manager to start docker.service (invoke-rc.d is
#     denied by policy-rc.d during install), hence the manual start below.
# Extra daemon flags, if some other host needs them (e.g. "--iptables=false"
# or "--storage-driver=vfs"), can be passed in DOCKERD_FLAGS.
set -euo pipefail

LOG=${DOCKERD_LOG:-/var/log/dockerd.log}
WAIT=${DOCKERD_WAIT:-60}
PIDFILE=/var/run/docker.pid
CTRD_PIDFILE=/var/run/docker/containerd/containerd.pid

engine_up() { timeout 10 docker info >/dev/null 2>&1; }
# A live dockerd, not a zombie: a killed one can linger as a zombie for a
# while here (PID 1 is not an init that reaps promptly), and pgrep counts it.
# shellcheck disable=SC2009  # pgrep cannot exclude zombies portably
dockerd_alive() { ps -C dockerd -o stat= 2>/dev/null | grep -qv '^Z'; }

if command -v docker >/dev/null 2>&1 && engine_up; then
    exit 0
fi

if ! command -v dockerd >/dev/null 2>&1 && [ ! -x /usr/sbin/dockerd ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends docker.io >/dev/null
fi

if ! dockerd_alive; then
    # No live dockerd, so its pid file is stale (a killed dockerd leaves it,
    # and if that pid is still a zombie a new dockerd refuses to start).
    rm -f "$PIDFILE"
    # Likewise the containerd that dockerd runs dies with it: if its pid is
    # still a zombie, a new dockerd takes it for alive and times out on it.
    st=$(ps -o stat= -p "$(cat "$CTRD_PIDFILE" 2>/dev/null || echo 0)" 2>/dev/null || true)
    case $st in ''|Z*) rm -f "$CTRD_PIDFILE" ;; esac
    # setsid: its own session, so that ending the caller's process group
    # (a CI step, a job runner) does not take the daemon down with it.
    # shellcheck disable=SC2086  # DOCKERD_FLAGS is a word list on purpose
    setsid nohup /usr/sbin/dockerd ${DOCKERD_FLAGS:-} </dev/null >>"$LOG" 2>&1 &
fi

deadline=$((SECONDS + WAIT))
while [ "$SECONDS" -lt "$deadline" ]; do
    if engine_up; then
        exit 0
    fi
    sleep 1
    if ! dockerd_alive; then
        echo "docker-engine.sh: dockerd exited; last log line: $(tail -n 1 "$LOG" 2>/dev/null)" >&2
        exit 1
    fi
done
echo "docker-engine.sh: docker engine not ready after ${WAIT}s (see $LOG)" >&2
exit 1
