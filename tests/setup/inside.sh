#!/usr/bin/env bash
# PID 1 of tests/setup/run.sh's namespaces: the private root is an overlay of the Debian 13 PHP
# 8.4 root (read-only lower layer; the cache never changes) with a tmpfs upper layer, into which
# the host's PHP 8.2 is copied (binaries, /etc/php/8.2, its extension dir); its libraries are
# trixie's where both have one (same soname, newer), the host's where trixie has none (a second
# overlay on /usr/lib/x86_64-linux-gnu), and the ZTS PHPs named in $W/zts. Then the vendor layouts and tests/setup/checks.sh by chroot.
set -euo pipefail
ROOT=$1 W=$2
mount -t tmpfs -o size=1g,mode=0700 oxide-setup /mnt
mkdir -p /mnt/upper /mnt/work /mnt/root
mount -t overlay overlay -o "lowerdir=$ROOT,upperdir=/mnt/upper,workdir=/mnt/work" /mnt/root
R=/mnt/root
L=usr/lib/x86_64-linux-gnu
mount -t overlay overlay -o "lowerdir=$ROOT/$L:/$L" "$R/$L"
cp -a /usr/bin/php8.2 "$R/usr/bin/"
cp -a /usr/sbin/php-fpm8.2 "$R/usr/sbin/"
cp -a /etc/php/8.2 "$R/etc/php/"
cp -a /usr/lib/php/20220829 "$R/usr/lib/php/"
mount -t proc proc "$R/proc"
mount --rbind /dev "$R/dev"
mount -t tmpfs -o mode=1777 tmpfs "$R/tmp"
mount -t tmpfs -o mode=0755 tmpfs "$R/run"
# The ZTS PHPs (tests/php-src/build-php.sh), at their own prefix, as built.
if [ -f "$W/zts" ]; then
    while read -r _ prefix; do mkdir -p "$R$prefix" && cp -a "$prefix"/. "$R$prefix/"; done < "$W/zts"
fi
mkdir -p "$R/opt/setup-test"
cp -a "$W"/. "$R/opt/setup-test/"
exec chroot "$R" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    bash /opt/setup-test/checks.sh /opt/setup-test
