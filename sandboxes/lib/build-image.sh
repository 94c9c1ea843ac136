# Shared by sandboxes/<language>/build.sh (sourced, not run): the arguments,
# the base image and the build, so that each build.sh says only what is its
# language's own (its packages, its version probe, the files of its runner).
#
#   build_setup NAME "$@"           # --base IMAGE, --tag TAG, -h; the engine; sets BASE, TAG, CTX
#   ensure_base PACKAGES CMD        # no --base: judge-NAME-base:SUITE, bootstrapped when missing
#   build_image DIGEST LABEL VERSION  # judge-NAME:DIGEST and :latest (or --tag) from $CTX;
#                                   # prints TAG ID VERSION, the last line on stdout
#
# Needs root and a running engine (sandboxes/docker-engine.sh).

LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=debian-base.sh
. "$LIB/debian-base.sh"

NAME=''
SUITE=trixie
BASE=''
TAG=''
CTX=''

die() { echo "build.sh: $*" >&2; exit 1; }

# The comment block at the top of the calling build.sh, after its #! line.
usage() { awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "$0"; }

cleanup() {
    cleanup_rootfs
    if [ -n "$CTX" ]; then rm -rf "$CTX"; fi
}

build_setup() {
    NAME=$1
    shift
    while [ $# -gt 0 ]; do
        case $1 in
            --base) [ $# -ge 2 ] || die "--base needs a value"; BASE=$2; shift 2 ;;
            --tag) [ $# -ge 2 ] || die "--tag needs a value"; TAG=$2; shift 2 ;;
            -h|--help) usage; exit 0 ;;
            *) die "unknown argument: $1" ;;
        esac
    done
    # The legacy builder uses a local FROM image without asking any registry
    # (Debian 12 ships no buildx; the CLI's deprecation notice is harmless).
    export DOCKER_BUILDKIT=0
    docker info >/dev/null 2>&1 || die "no docker engine; run sandboxes/docker-engine.sh"
    trap cleanup EXIT
    CTX=$(mktemp -d)
}

ensure_base() {
    local packages=$1 command=$2
    [ -z "$BASE" ] || return 0
    host_suite
    BASE=judge-$NAME-base:$SUITE
    if ! docker image inspect "$BASE" >/dev/null 2>&1; then
        make_debian_base "$BASE" "$packages" "$command"
    fi
}

build_image() {
    local digest=$1 label=$2 version=$3 t0=$SECONDS tags
    tags=(-t "${TAG:-judge-$NAME:$digest}")
    [ -n "$TAG" ] || tags+=(-t "judge-$NAME:latest")
    TAG=${TAG:-judge-$NAME:$digest}
    docker build --build-arg "BASE=$BASE" --label "$label=$version" \
        --label "org.judge.runner=$digest" \
        "${tags[@]}" "$CTX" >&2
    echo "build.sh: build took $((SECONDS - t0))s" >&2
    echo "$TAG $(docker image inspect --format '{{.Id}}' "$TAG") $version"
}
