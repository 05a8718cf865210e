#!/usr/bin/env bash
# Stage 1 of run.sh, PID 1 of a new PID and mount namespace: builds the private root and
# enters it. The root is an overlay whose lower layer is the host's / (read-only to us) and
# whose upper layer is a tmpfs of this namespace: whatever HestiaCP writes anywhere lands in
# that tmpfs and is gone when this process ends.
set -euo pipefail
TARBALL=$1 PORT=$2 HERE=$3

. "$HERE/../support/private-root.sh"
private_root oxide-real-hestia 4g

# HestiaCP as its package installs it: /usr/local/hestia/{bin,func,web,install}.
mkdir -p "$R/usr/local/hestia"
tar -xzf "$TARBALL" -C "$R/usr/local/hestia" --strip-components=1 --no-same-owner
mkdir -p "$R/usr/local/hestia/web/inc/vendor" "$R/opt/oxide-real-hestia"
cp "$HERE/shim/autoload.php" "$R/usr/local/hestia/web/inc/vendor/autoload.php"
cp "$HERE/panel.sh" "$HERE/nginx.conf" "$HERE/php-fpm.conf" "$R/opt/oxide-real-hestia/"

exec chroot "$R" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 bash /opt/oxide-real-hestia/panel.sh "$PORT" "$(basename "$TARBALL" .tar.gz | sed s/^hestiacp-//)"
