#!/usr/bin/env bash
# The suites with PHP 8.4 (make test-php84; tests/run-all.sh calls it too): .phpt, the PHPUnit
# harness on SQLite, and against the 8.4 dist binary (when built) portability, .phpt and the
# PHPUnit subset. PHP 8.4 runs in the cached Debian 13 root (make php84-root), in a private mount
# and PID namespace (tests/php84/inside.sh); afterwards the host must be as it was (its mounts,
# users, /etc, listening ports). Results go to $OXIDE_RESULTS_DIR/results.tsv as "php8.4 ..."
# suites; run alone (no OXIDE_RESULTS_DIR), into target/test-logs/php84/ with a summary.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=${OXIDE_PHP84_ROOT:?} EXT=${OXIDE_PHP84_EXT:?} DIST_EXT=${OXIDE_PHP84_DIST_EXT:-}
L=target/test-logs/php84
rm -rf "$L" && mkdir -p "$L"
alone=
if [ -z "${OXIDE_RESULTS_DIR:-}" ]; then
    alone=1; export OXIDE_RESULTS_DIR=$PWD/$L
fi
RESULTS() { php tests/results.php "$@"; }
[ -x "$ROOT/usr/bin/php8.4" ] || { echo "no PHP 8.4 root at $ROOT (make php84-root)"; RESULTS check "php8.4 root" "the PHP 8.4 root exists" fail; exit 1; }
[ -n "$DIST_EXT" ] && [ -f "$DIST_EXT" ] || DIST_EXT=/nonexistent

state() { # what the run must leave as it was (ports and processes: other runs on the machine move them)
    findmnt -rn -o TARGET | LC_ALL=C sort
    tests/real-hestia/host-state.sh | grep -Ev '^(listening|processes):'
    for t in /etc/php /usr/lib/php /usr/share/php /usr/local/bin /var/lib/dpkg/status; do
        echo "$t $(find "$t" -xdev -printf '%p %s %m\n' 2>/dev/null | LC_ALL=C sort | sha256sum | cut -c1-16)"
    done
}
state > "$L/host-before.txt"
t0=$(date +%s)
unshare --mount --pid --fork --mount-proc --propagation private -- \
    bash tests/php84/inside.sh "$PWD" "$ROOT" "$EXT" "$DIST_EXT" 2>&1 | tee "$L/run.log"
echo "php8.4 suites took $(( $(date +%s) - t0 )) s"
sleep 1
state > "$L/host-after.txt"

rc_of() { cat "$L/$1.rc" 2>/dev/null || echo 1; }
OXIDE_SUITE_RC=$(rc_of phpt) RESULTS phpt "php8.4 phpt" "$L/phpt.log"
OXIDE_SUITE_RC=$(rc_of phpunit) RESULTS phpunit "php8.4 phpunit sqlite" "$L/phpunit.junit.xml" "$L/phpunit.log"
if [ "$DIST_EXT" != /nonexistent ]; then
    if tests/dist/check-portable.sh "$DIST_EXT" 2.28 > "$L/dist-portable.log" 2>&1; then
        RESULTS check "php8.4 dist" "the 8.4 dist binary is portable (glibc 2.28)" pass
    else
        cat "$L/dist-portable.log"; RESULTS check "php8.4 dist" "the 8.4 dist binary is portable (glibc 2.28)" fail
    fi
    OXIDE_SUITE_RC=$(rc_of dist-phpt) RESULTS phpt "php8.4 dist phpt" "$L/dist-phpt.log"
    OXIDE_SUITE_RC=$(rc_of dist-phpunit) RESULTS phpunit "php8.4 dist phpunit" "$L/dist-phpunit.junit.xml" "$L/dist-phpunit.log"
else
    echo "no PHP 8.4 dist build (make dist-ext-php84): its checks did not run"
    RESULTS check "php8.4 dist" "a PHP 8.4 dist build to test" fail
fi
if diff -u "$L/host-before.txt" "$L/host-after.txt"; then
    RESULTS check "php8.4 host intact" "the PHP 8.4 run left the host's mounts, users, /etc and PHP trees as they were" pass
else
    RESULTS check "php8.4 host intact" "the PHP 8.4 run left the host's mounts, users, /etc and PHP trees as they were" fail
fi
[ -z "$alone" ] || RESULTS summary
