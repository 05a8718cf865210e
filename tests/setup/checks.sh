#!/usr/bin/env bash
# Inside tests/setup/inside.sh's private root: the vendor layouts, then whmcs-oxide-setup from a
# universal release folder (8.2 and 8.4 builds, ZTS ones too when given) and from an 8.2-only one. Prints RESULT lines.
set -uo pipefail
T=$1
U=$T/universal O=$T/only82
VERSION=$(sed -n 's/^VERSION=//p' "$U/BUILD-INFO")
CHECK_TAIL=25
. "$(dirname "$0")/check.sh" # tests/lib/check.sh, copied beside this script by run.sh

# No development package: the installer must learn everything from the PHP binaries.
rm -f /usr/bin/php-config* /usr/bin/phpize*
rm -rf /usr/include/php /usr/include/x86_64-linux-gnu/php /usr/lib/php/*/build

# A vendor's PHP: the real binary (Debian's 8.2 or 8.4) given the vendor's php.ini, extension
# dir and ini scan dir. (Their compiled-in paths are Debian's; a vendor build has its own.)
vendor() { # path-of-php real-binary php.ini extension-dir scan-dir
    mkdir -p "$(dirname "$1")" "$(dirname "$3")" "$4" "$5"
    printf '#!/bin/sh\nPHP_INI_SCAN_DIR=%s exec %s -c %s "$@"\n' "$5" "$2" "$3" > "$1"
    chmod 755 "$1"
    printf '; %s\nextension_dir = "%s"\n' "$1" "$4" > "$3"
}
vendor /opt/cpanel/ea-php82/root/usr/bin/php /usr/bin/php8.2 /opt/cpanel/ea-php82/root/etc/php.ini \
    /opt/cpanel/ea-php82/root/usr/lib64/php/modules /opt/cpanel/ea-php82/root/etc/php.d
vendor /opt/alt/php84/usr/bin/php /usr/bin/php8.4 /opt/alt/php84/etc/php.ini /opt/alt/php84/usr/lib64/php/modules /opt/alt/php84/etc/php.d
vendor /opt/remi/php84/root/usr/bin/php /usr/bin/php8.4 /etc/opt/remi/php84/php.ini \
    /opt/remi/php84/root/usr/lib64/php/modules /etc/opt/remi/php84/php.d
vendor /opt/plesk/php/8.2/bin/php /usr/bin/php8.2 /opt/plesk/php/8.2/etc/php.ini /opt/plesk/php/8.2/lib64/php/modules /opt/plesk/php/8.2/etc/php.d
# An admin's file where the installer writes: it must come back byte for byte.
printf '; left here by an admin\nextension=old_whmcs_oxide.so\n' > /etc/opt/remi/php84/php.d/50-whmcs_oxide.ini
chmod 0640 /etc/opt/remi/php84/php.d/50-whmcs_oxide.ini
# The web PHP: a running php-fpm8.2 master (Debian's pool), found through /proc.
mkdir -p /run/php && /usr/sbin/php-fpm8.2 -D -y /etc/php/8.2/fpm/php-fpm.conf 2>/tmp/fpm.err || cat /tmp/fpm.err
rm -rf /tmp/whmcs && mkdir -p /tmp/whmcs/modules/servers

PHPS82="/usr/bin/php8.2 /usr/sbin/php-fpm8.2 /opt/cpanel/ea-php82/root/usr/bin/php /opt/plesk/php/8.2/bin/php"
PHPS84="/usr/bin/php8.4 /opt/alt/php84/usr/bin/php /opt/remi/php84/root/usr/bin/php"
# Everything an install may touch, with owner, mode, size, link target and checksum.
snap() {
    for d in /etc/php /usr/lib/php /usr/local /opt /etc/opt /var/lib/whmcs-oxide /tmp/whmcs; do
        [ -e "$d" ] && find "$d" -xdev -path /opt/setup-test -prune -o -printf '%p %y %m %U:%G %l\n'
        [ -e "$d" ] && find "$d" -xdev -path /opt/setup-test -prune -o -type f -exec sha256sum {} +
    done | LC_ALL=C sort
}
snap84() { snap | grep -E '^(/usr/lib/php/20240924|/etc/php/8.4|/opt/alt|/opt/remi|/etc/opt/remi)|  (/usr/lib/php/20240924|/etc/php/8.4|/opt/alt|/opt/remi|/etc/opt/remi)'; }
same() { diff -u "$1" <(snap); }
line_of() { grep -E "^$1 " /tmp/setup.out; }
each_line() { # word binaries...: every binary's line holds the word
    local w=$1 b; shift
    for b in "$@"; do line_of "$b" | grep -q "$w" || { echo "no '$w' line for $b"; cat /tmp/setup.out; return 1; }; done
}
loads_own() { # every binary loads whmcs_oxide with its own configuration
    local b; for b in "$@"; do
        "$b" -m 2>&1 | grep -x whmcs_oxide >/dev/null || { echo "$b does not load it:"; "$b" --ini; return 1; }
    done
}
loads_none() { local b; for b in "$@"; do ! "$b" -m 2>&1 | grep -x whmcs_oxide >/dev/null || { echo "$b loads it"; return 1; }; done; }
run() { "$@" > /tmp/setup.out 2>&1; local rc=$?; cat /tmp/setup.out; return $rc; }

echo "== whmcs-oxide-setup: universal release (8.2 and 8.4 builds) in EA4, alt-php, Remi, Plesk and Debian layouts"
snap > /tmp/s0
check "no php-config or PHP headers in the root" bash -c '! ls /usr/bin/php-config* /usr/include/php 2>/dev/null'
check "the running php-fpm8.2 master is there to be found" bash -c 'for p in /proc/[0-9]*; do readlink $p/exe; done | grep -qx /usr/sbin/php-fpm8.2'
check "--dry-run lists every PHP with 'would install' and changes nothing" \
    bash -c "$(declare -f run line_of each_line same snap); run $U/whmcs-oxide-setup --dry-run --whmcs /tmp/whmcs && each_line 'would install' $PHPS82 $PHPS84 && same /tmp/s0"
check "install: every PHP, one line each (binary, version, SAPI, build, result)" \
    bash -c "$(declare -f run line_of each_line); run $U/whmcs-oxide-setup --php-bin=all --whmcs /tmp/whmcs && each_line installed: $PHPS82 $PHPS84 && line_of /usr/sbin/php-fpm8.2 | grep -q ' fpm ' && line_of /opt/alt/php84/usr/bin/php | grep -q ' 8\.4\.[0-9]* *cli *php8\.4-nts'"
check "no cron warning: the CLI PHP loads it too" bash -c '! grep -q WARNING /tmp/setup.out'
check "each PHP loads whmcs_oxide with its own configuration" loads_own $PHPS82 $PHPS84
check "the CLI reports version $VERSION" bash -c "[ \"\$(/opt/remi/php84/root/usr/bin/php -r 'echo phpversion(\"whmcs_oxide\");')\" = $VERSION ]"
check "ini into each vendor's scan dir; Debian: mods-available linked from every SAPI" \
    bash -c 'grep -qx "extension=whmcs_oxide.so" /opt/cpanel/ea-php82/root/etc/php.d/50-whmcs_oxide.ini /opt/plesk/php/8.2/etc/php.d/50-whmcs_oxide.ini /etc/opt/remi/php84/php.d/50-whmcs_oxide.ini && test -L /etc/php/8.2/fpm/conf.d/20-whmcs_oxide.ini && test -L /etc/php/8.4/cli/conf.d/20-whmcs_oxide.ini'
check "the module folders are in WHMCS" test -f /tmp/whmcs/modules/servers/oxide_hestiacp/oxide_hestiacp.php
check "installing again (an upgrade) works and keeps the first state to go back to" \
    bash -c "$U/install.sh --whmcs /tmp/whmcs >/dev/null && grep -q 'left here by an admin' /var/lib/whmcs-oxide/backup/*"
check "--uninstall" "$U/whmcs-oxide-setup" --uninstall
check "after --uninstall every file is byte for byte as before (the admin's ini too)" same /tmp/s0
check "and no PHP loads it" loads_none $PHPS82 $PHPS84

echo "== whmcs-oxide-setup: an 8.2-only release refuses the 8.4 PHPs"
check "--php-bin=PATH of a PHP with no build: refused, non-zero, nothing changed (no module folders either)" \
    bash -c "$(declare -f run line_of same snap); ! run $O/whmcs-oxide-setup --php-bin=/opt/remi/php84/root/usr/bin/php --whmcs /tmp/whmcs && line_of /opt/remi/php84/root/usr/bin/php | grep -q 'not touched: this release has no build for PHP 8\.4' && same /tmp/s0"
snap84 > /tmp/s84
check "--php-bin=all: 8.2 PHPs installed, 8.4 PHPs 'not touched' with the reason" \
    bash -c "$(declare -f run line_of each_line); run $O/whmcs-oxide-setup --whmcs /tmp/whmcs && each_line installed: $PHPS82 && each_line 'not touched: this release has no build' $PHPS84"
check "the 8.4 PHPs' trees are untouched" bash -c "$(declare -f snap snap84); diff -u /tmp/s84 <(snap84)"
check "warns that the cron's CLI PHP (php -> 8.4) lacks the extension the web PHP (php-fpm8.2) has" \
    bash -c "grep -q \"WARNING: the CLI PHP that runs WHMCS's cron (/usr/bin/php) does not load whmcs_oxide, while /usr/sbin/php-fpm8.2 does\" /tmp/setup.out"
check "--uninstall --dry-run changes nothing" bash -c "$O/whmcs-oxide-setup --uninstall --dry-run >/dev/null && test -f /var/lib/whmcs-oxide/manifest"
check "--uninstall: byte for byte as before" bash -c "$(declare -f same snap); $O/whmcs-oxide-setup --uninstall >/dev/null && same /tmp/s0"

# ZTS PHPs (thread-safe: ",TS" in their extension build id), when run.sh was given some: 8.2 as a
# self-built /usr/local/bin/php laid out like the official Docker images (found by --php-bin=all),
# 8.4 in a prefix of its own (named by --php-bin=PATH). Each must get its ZTS build, never an NTS
# one; an NTS-only release must refuse them.
if [ -f "$T/zts" ]; then
    echo "== whmcs-oxide-setup: ZTS PHPs get the ZTS builds"
    ZTS_BINS= ZTS_ARGS=
    zts_so_is_build() { # binaries...: the .so each one's extension dir holds is its php8.x-zts build
        local b v d
        for b in "$@"; do
            v=$("$b" -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;') d=$("$b" -r 'echo ini_get("extension_dir");')
            cmp "$d/whmcs_oxide.so" "$U/builds/php$v-zts/whmcs_oxide.so" || return 1
        done
    }
    while read -r v prefix; do
        api=$("$prefix/bin/php" -n -i | sed -n 's/^PHP Extension => //p')
        if [ "$v" = 8.2 ]; then
            b=/usr/local/bin/php
            vendor $b "$prefix/bin/php" /usr/local/etc/php/php.ini "/usr/local/lib/php/extensions/no-debug-zts-$api" /usr/local/etc/php/conf.d
        else
            b=/opt/php-zts/$v/bin/php
            vendor $b "$prefix/bin/php" "/opt/php-zts/$v/etc/php.ini" "/opt/php-zts/$v/lib/php/extensions/no-debug-zts-$api" "/opt/php-zts/$v/etc/conf.d"
            ZTS_ARGS="$ZTS_ARGS --php-bin=$b"
        fi
        ZTS_BINS="$ZTS_BINS $b"
        check "$b is a ZTS PHP $v (build id ',TS')" bash -c "$b -i | grep -q '^PHP Extension Build => API$api,TS\$' && [ \"\$($b -r 'echo PHP_MAJOR_VERSION, \".\", PHP_MINOR_VERSION, PHP_ZTS;')\" = ${v}1 ]"
    done < "$T/zts"
    snap > /tmp/s1
    check "install: each ZTS PHP gets its php8.x-zts build, each NTS PHP still its NTS build" \
        bash -c "$(declare -f run line_of each_line); run $U/whmcs-oxide-setup --php-bin=all $ZTS_ARGS --whmcs /tmp/whmcs && each_line installed: $ZTS_BINS $PHPS82 $PHPS84 && for b in $ZTS_BINS; do line_of \$b | grep -Eq ' php8\.[0-9]-zts +installed:' || { cat /tmp/setup.out; exit 1; }; done && line_of /usr/bin/php8.2 | grep -q ' php8\.2-nts ' && line_of /usr/bin/php8.4 | grep -q ' php8\.4-nts '"
    check "each ZTS PHP loads whmcs_oxide with its own configuration" loads_own $ZTS_BINS
    check "the .so in each ZTS PHP's extension dir is the ZTS build, byte for byte" zts_so_is_build $ZTS_BINS
    check "--uninstall: byte for byte as before the install" bash -c "$(declare -f same snap); $U/whmcs-oxide-setup --uninstall >/dev/null && same /tmp/s1"
    check "and no ZTS PHP loads it" loads_none $ZTS_BINS
    check "an NTS-only release refuses each ZTS PHP ('no build for … php8.x-zts'), changes nothing" \
        bash -c "$(declare -f run line_of same snap); for b in $ZTS_BINS; do ! run $O/whmcs-oxide-setup --php-bin=\$b --whmcs /tmp/whmcs || exit 1; line_of \$b | grep -q 'not touched: this release has no build for PHP 8\.[0-9.]* (php8\.[0-9]-zts)' || exit 1; done; same /tmp/s1"
fi
kill "$(cat /run/php/php8.2-fpm.pid 2>/dev/null)" 2>/dev/null || true
echo "RESULT|installer layouts|$pass|$fail"
