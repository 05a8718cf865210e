#!/usr/bin/env bash
# PID 1 of install-test.sh's namespaces: a private root (overlay: lower = the host's /, upper =
# a tmpfs of this namespace), the artefacts and the .phpt tests copied in, then the checks.
set -euo pipefail
REPO=$1 DEB=$2 TARBALL=$3
. "$REPO/tests/support/private-root.sh"
private_root oxide-dist-test 1g
T=$R/opt/oxide-dist-test
rm -rf "$T" && mkdir -p "$T/phpt"
cp "$TARBALL" "$REPO/tests/dist/install-checks.sh" "$REPO/tests/lib/check.sh" "$T/"
[ "$DEB" = none ] || cp "$DEB" "$T/"
cp "$REPO"/tests/phpt/*.phpt "$T/phpt/"
cp "$REPO/target/release/oxide-sim" "$T/" 2>/dev/null || true
# No daemon starts or restarts in here (php8.2-fpm's conf.d trigger, for one).
printf '#!/bin/sh\nexit 101\n' > "$R/usr/sbin/policy-rc.d" && chmod 755 "$R/usr/sbin/policy-rc.d"
exec chroot "$R" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 OXIDE_SIM_BIN=/opt/oxide-dist-test/oxide-sim \
    bash /opt/oxide-dist-test/install-checks.sh /opt/oxide-dist-test/"$(basename "$DEB")" /opt/oxide-dist-test/"$(basename "$TARBALL")"
