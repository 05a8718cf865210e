#!/usr/bin/env bash
# A real HestiaCP for the tests: HestiaCP's own bin/, func/, web/ and install/ (the upstream
# tarball in ../shared/upstream) laid out as its installer does, served as a real panel is
# (Debian's nginx with TLS on the panel port -> a php8.2-fpm pool running as hestiaweb ->
# web/api/index.php -> sudo v-*), all inside a private root made for this run.
#
#   tests/real-hestia/run.sh [PORT]
#
# Prints one JSON line when the panel answers (url, port, key, pin, admin password, ...), then
# runs until its standard input closes (or it gets SIGTERM/SIGINT); everything it started goes
# with it. Nothing outside the private root changes: users, /etc, /home, /usr/local, /var, /tmp
# and /run are overlays or fresh tmpfs in a mount namespace of this process alone, and every
# daemon lives in a PID namespace that dies with it. Where that isolation cannot be made, it
# refuses (exit 3) before touching anything.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
PORT=${1:-8083}

refuse() { echo "real-hestia: refusing to start: $*" >&2; exit 3; }

TARBALL=${HESTIA_TARBALL:-}
if [ -z "$TARBALL" ]; then
    TARBALL=$(ls "$REPO"/../shared/upstream/hestiacp-*.tar.gz 2>/dev/null | head -n1 || true)
fi
[ -n "$TARBALL" ] && [ -r "$TARBALL" ] || refuse "no HestiaCP tarball (set HESTIA_TARBALL or provide ../shared/upstream/hestiacp-*.tar.gz)"
[ "$(id -u)" -eq 0 ] || refuse "it needs root to make a private mount and PID namespace"
command -v unshare >/dev/null || refuse "unshare (util-linux) is missing"
for bin in /usr/sbin/nginx /usr/sbin/php-fpm8.2 /usr/bin/sudo /usr/bin/mkpasswd /usr/bin/jq /usr/bin/idn2; do
    [ -x "$bin" ] || refuse "$bin is missing (make deps installs it)"
done
# The isolation itself, proven before anything is laid out: an overlay over /etc in a new
# mount namespace must take a write that the host does not see.
probe=$(unshare --mount --propagation private -- bash -c '
    mount -t tmpfs oxide-probe /mnt 2>/dev/null || exit 1
    mkdir -p /mnt/u /mnt/w && mount -t overlay overlay -o lowerdir=/etc,upperdir=/mnt/u,workdir=/mnt/w /etc 2>/dev/null || exit 1
    touch /etc/.oxide-real-hestia-probe && echo ok' 2>/dev/null || true)
[ "$probe" = ok ] || refuse "mount namespaces with overlayfs are not available here"
[ ! -e /etc/.oxide-real-hestia-probe ] || { rm -f /etc/.oxide-real-hestia-probe; refuse "the probe's write reached the host"; }

exec unshare --mount --pid --fork --mount-proc --propagation private -- \
    bash "$HERE/inside.sh" "$TARBALL" "$PORT" "$HERE"
