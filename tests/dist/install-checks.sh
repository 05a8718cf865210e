#!/usr/bin/env bash
# Inside install-test.sh's private root: the .deb, then the tarball, each installed, used
# (php --ri, the .phpt suite with the extension enabled only by what the installer wrote, the
# WHMCS module folders) and removed; after removal the PHP and package trees must be exactly as
# before. Prints one RESULT|name|passed|failed line per artefact.
set -uo pipefail
DEB=$1 TARBALL=$2
T=$(dirname "$TARBALL")
VERSION=$(tar -xzOf "$TARBALL" --wildcards '*/BUILD-INFO' | sed -n 's/^VERSION=//p')
PHPV=$(php-config --version | cut -d. -f1,2)
TS=$(php -r 'echo PHP_ZTS ? "zts" : "nts";') OTHER_TS=$(php -r 'echo PHP_ZTS ? "nts" : "zts";')

. "$(dirname "$0")/check.sh" # tests/lib/check.sh, copied beside this script by install-inside.sh
result() { echo "RESULT|$1|$pass|$fail"; pass=0 fail=0; }

# Everything an install may touch: PHP's trees, the package's, phpenmod's state, install.sh's list.
snapshot() {
    find /etc/php /usr/lib/php /var/lib/php/modules /usr/share/whmcs-oxide /usr/share/doc/whmcs-oxide \
        /usr/bin/whmcs-oxide-install /var/lib/whmcs-oxide -xdev 2>/dev/null | LC_ALL=C sort
    ls /var/lib/dpkg/info/ | grep '^whmcs-oxide\.' || true
    dpkg-query -W -f='${Status}\n' whmcs-oxide 2>/dev/null || true
}
export -f snapshot
ri_ok() { # the extension PHP loads from its own ini says what it is
    local ri; ri=$(php --ri whmcs_oxide) || return 1
    echo "$ri"
    grep -q "^Version => $VERSION$" <<<"$ri" && grep -q '^Target => PHP API .*glibc 2.28 or newer' <<<"$ri"
}
phpt_ok() { # the .phpt suite with the extension as installed (no -d extension=)
    rm -f "$T"/phpt/*.out "$T"/phpt/*.diff
    NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$(command -v php) php "$(php-config --extension-dir)/build/run-tests.php" -q "$T/phpt" > /tmp/phpt.log 2>&1
    grep -E '^Tests (passed|failed)' /tmp/phpt.log
    grep -Eq '^Tests failed *: *0 ' /tmp/phpt.log && ! grep -q '^SKIP' /tmp/phpt.log
}
whmcs_dir() { rm -rf "$1" && mkdir -p "$1/modules/servers"; }
modules_in() { [ -f "$1/modules/servers/oxide_hestiacp/oxide_hestiacp.php" ] && [ -d "$1/modules/servers/oxide_vpncp/lib" ]; }
no_modules_in() { ! ls "$1"/modules/servers/oxide_* >/dev/null 2>&1; }
same_as() { diff -u "$1" <(snapshot); }

if [ -f "$DEB" ]; then
echo "== .deb: $(basename "$DEB")"
snapshot > /tmp/before.txt
check "not loaded before" bash -c '! php -m | grep -qx whmcs_oxide'
check "dpkg -i installs it" dpkg -i "$DEB"
check "php --ri whmcs_oxide: version $VERSION, glibc 2.28 target" ri_ok
check "enabled for FPM too" test -L "/etc/php/$PHPV/fpm/conf.d/20-whmcs_oxide.ini"
check ".phpt suite passes against the installed extension" phpt_ok
whmcs_dir /tmp/whmcs
check "whmcs-oxide-install refuses a folder that is no WHMCS" bash -c '! whmcs-oxide-install /tmp && ! ls /tmp/modules 2>/dev/null'
check "whmcs-oxide-install copies the module folders" whmcs-oxide-install /tmp/whmcs
check "the module folders are in WHMCS" modules_in /tmp/whmcs
check "whmcs-oxide-install --remove takes them out" bash -c 'whmcs-oxide-install --remove /tmp/whmcs && ! ls /tmp/whmcs/modules/servers/oxide_* 2>/dev/null'
check "dpkg -i again (an upgrade in place) keeps it working" bash -c "dpkg -i '$DEB' && php --ri whmcs_oxide >/dev/null"
check "dpkg -r removes it" dpkg -r whmcs-oxide
check "not loaded after dpkg -r" bash -c '! php -m 2>&1 | grep -qx whmcs_oxide && ! php -m 2>&1 | grep -qi warning'
check "dpkg --purge" dpkg --purge whmcs-oxide
check "after purge nothing is left (PHP trees, phpenmod state, package files)" same_as /tmp/before.txt
result "dist install .deb"
fi

echo "== tarball: $(basename "$TARBALL")"
rm -rf /tmp/t && mkdir -p /tmp/t && tar -xzf "$TARBALL" -C /tmp/t
D=$(echo /tmp/t/whmcs-oxide-*)
whmcs_dir /tmp/whmcs
snapshot > /tmp/before.txt
check "tarball has the build, module folders, ini, README, LICENSE, the installer, BUILD-INFO" \
    bash -c "cd $D && ls builds/php$PHPV-$TS/whmcs_oxide.so builds/php$PHPV-$TS/BUILD-INFO modules/servers/oxide_hestiacp whmcs_oxide.ini README.md LICENSE install.sh whmcs-oxide-setup BUILD-INFO"
check "install.sh --check (= whmcs-oxide-setup --dry-run) changes nothing" bash -c "$D/install.sh --check && diff -q /tmp/before.txt <(snapshot)"
# A build for another PHP API must be refused before anything is copied.
cp -R "$D" /tmp/other && sed -i 's/^PHP_API=.*/PHP_API=20210902/' /tmp/other/builds/*/BUILD-INFO
check "install.sh refuses another PHP API and copies nothing" \
    bash -c "! /tmp/other/install.sh --whmcs /tmp/whmcs && diff -q /tmp/before.txt <(snapshot) && ! ls /tmp/whmcs/modules/servers/oxide_* 2>/dev/null"
sed -i 's/^PHP_API=.*/PHP_API='"$(php -i | sed -n 's/^PHP Extension => //p')"'/; s/^PHP_TS=.*/PHP_TS='"$OTHER_TS"'/' /tmp/other/builds/*/BUILD-INFO
check "install.sh refuses another thread safety and copies nothing" \
    bash -c "! /tmp/other/install.sh && diff -q /tmp/before.txt <(snapshot)"
check "install.sh --whmcs installs" "$D/install.sh" --whmcs /tmp/whmcs
check "php --ri whmcs_oxide: version $VERSION, glibc 2.28 target" ri_ok
check ".phpt suite passes against the installed extension" phpt_ok
check "the module folders are in WHMCS" modules_in /tmp/whmcs
check "install.sh --uninstall" "$D/install.sh" --uninstall
check "not loaded after uninstall" bash -c '! php -m 2>&1 | grep -qx whmcs_oxide'
check "module folders gone from WHMCS" no_modules_in /tmp/whmcs
check "after uninstall nothing is left" same_as /tmp/before.txt
result "dist install tarball"
