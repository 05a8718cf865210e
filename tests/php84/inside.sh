#!/usr/bin/env bash
# PID 1 of tests/php84/run.sh's mount and PID namespace: the cached Debian 13 root as the
# read-only lower layer of an overlay whose upper layer is a tmpfs of this namespace (the cache
# never changes), our PHPUnit 9.6 from the host's /usr/share/php under trixie's own PHP
# libraries (illuminate, smarty), the repository bind-mounted at its own path (logs land in
# target/test-logs), then the suites by chroot. Everything mounted here goes with the namespace.
#   inside.sh REPO ROOT EXT DIST_EXT
set -euo pipefail
REPO=$1 ROOT=$2 EXT=$3 DIST_EXT=$4
mount -t tmpfs -o size=1g,mode=0700 oxide-php84 /mnt
mkdir -p /mnt/upper /mnt/work /mnt/root /mnt/sp-upper /mnt/sp-work
mount -t overlay overlay -o "lowerdir=$ROOT,upperdir=/mnt/upper,workdir=/mnt/work" /mnt/root
R=/mnt/root
# Trixie's /usr/share/php over the host's: trixie's Illuminate and smarty4 win, the host's
# PHPUnit 9.6 (with its sebastian/* libraries) fills in what trixie has not.
mount -t overlay overlay -o "lowerdir=$ROOT/usr/share/php:/usr/share/php,upperdir=/mnt/sp-upper,workdir=/mnt/sp-work" "$R/usr/share/php"
install -m 0755 /usr/bin/phpunit "$R/usr/bin/phpunit" # at its usual path: tests start it by that path
mount -t proc proc "$R/proc"
mount --rbind /dev "$R/dev"
mount -t tmpfs -o mode=1777 tmpfs "$R/dev/shm"
mount -t tmpfs -o mode=1777 tmpfs "$R/tmp"
mount -t tmpfs -o mode=0755 tmpfs "$R/run"
mkdir -p "$R$REPO" && mount --bind "$REPO" "$R$REPO"
cp /etc/hosts "$R/etc/hosts"
exec chroot "$R" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root LANG=C.UTF-8 \
    OXIDE_EXT="$EXT" OXIDE_SIM_BIN="$REPO/target/release/oxide-sim" OXIDE_DIST_EXT="$DIST_EXT" \
    bash "$REPO/tests/php84/suites.sh" "$REPO"
