#!/usr/bin/env bash
# The installer (packaging/whmcs-oxide-setup) in a private root laid out like the hosts it is
# for: Debian's php8.2 (the host's) and php8.4 (Debian 13's, from the cached root of make
# php84-root) at their own paths with a running php-fpm8.2 pool, and cPanel EA4, CloudLinux
# alt-php, Remi and Plesk PHPs under /opt; no php-config, phpize or PHP headers visible.
# The release folder is laid out by packaging/layout.sh from the 8.2 and 8.4 builds. Prints
# RESULT|name|passed|failed lines (as tests/dist/run.sh). Needs root; changes nothing on the host.
# OXIDE_SETUP_ZTS ("8.2=PREFIX=SO 8.4=PREFIX=SO": a ZTS PHP built by tests/php-src/build-php.sh
# and the ZTS build for it) adds those builds to the release and those PHPs to the root, laid out
# as self-built ZTS PHPs are (/usr/local as the official Docker images, or a prefix of its own).
#   OXIDE_PHP84_ROOT=... [OXIDE_SETUP_ZTS=...] tests/setup/run.sh EXT82 EXT84
set -uo pipefail
cd "$(dirname "$0")/../.."
EXT82=$1 EXT84=$2
ROOT=${OXIDE_PHP84_ROOT:?}
[ "$(id -u)" -eq 0 ] || { echo "tests/setup: needs root (private mount and PID namespace)"; exit 3; }
[ -x "$ROOT/usr/bin/php8.4" ] || { echo "tests/setup: no PHP 8.4 root at $ROOT (make php84-root)"; exit 3; }
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
zts_builds= zts_prefixes=
for z in ${OXIDE_SETUP_ZTS:-}; do
    v=${z%%=*} rest=${z#*=}; prefix=${rest%%=*} so=${rest#*=}
    [ -x "$prefix/bin/php" ] && [ -f "$so" ] || { echo "tests/setup: OXIDE_SETUP_ZTS names $z, but $prefix/bin/php or $so is missing"; exit 1; }
    zts_builds="$zts_builds php$v-zts=$so"; zts_prefixes="$zts_prefixes $prefix"
    echo "$v $prefix" >> "$W/zts"
done
# shellcheck disable=SC2086 # one word per build
packaging/layout.sh "$W/universal" "$VERSION" 2.28 php8.2-nts="$EXT82" php8.4-nts="$EXT84" $zts_builds || exit 1
packaging/layout.sh "$W/only82" "$VERSION" 2.28 php8.2-nts="$EXT82" || exit 1
cp tests/setup/checks.sh tests/lib/check.sh "$W/"
host() { # what the run must leave as it was: mounts, and the trees an install would touch
    findmnt -rn -o TARGET | LC_ALL=C sort
    for t in /etc/php /usr/lib/php /opt /etc/opt /var/lib/whmcs-oxide "$ROOT/etc" "$ROOT/usr/lib/php" $zts_prefixes; do
        echo "$t $(find "$t" -xdev -printf '%p %s %m %l\n' 2>/dev/null | LC_ALL=C sort | sha256sum | cut -c1-16)"
    done
}
host > "$W/host-before"
unshare --mount --pid --fork --mount-proc --propagation private -- bash tests/setup/inside.sh "$ROOT" "$W"
rc=$?
sleep 1
if host | diff -u "$W/host-before" -; then
    echo "RESULT|installer host intact|1|0"
else
    echo "RESULT|installer host intact|0|1"; rc=1
fi
exit $rc
