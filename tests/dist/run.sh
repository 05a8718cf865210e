#!/usr/bin/env bash
# The release checks, on the dist binary (build/dist/whmcs_oxide.so) and artefacts (dist/):
# portability (and that the check refuses the dev build, which needs the build host's glibc),
# the .phpt suite, a PHPUnit subset, size and load cost beside the dev build, and installing
# the .deb and the tarball into a private root. `make test-dist` runs it alone, tests/run-all.sh
# as part of `make test`. Prints RESULT|name|passed|failed lines, then a summary.
set -uo pipefail
cd "$(dirname "$0")/../.."
DIST_EXT=${OXIDE_DIST_EXT:-$PWD/build/dist/whmcs_oxide.so}
DEV_EXT=${OXIDE_EXT:-$PWD/build/whmcs_oxide.so}
LOGS=target/test-logs
mkdir -p "$LOGS"
results=()
emit() { echo "RESULT|$1|$2|$3"; results+=("$1|$2|$3"); }

echo "== dist: portable (glibc 2.28, no shared library beyond glibc/libgcc_s)"
p=0 f=0
if tests/dist/check-portable.sh "$DIST_EXT" 2.28; then p=$((p + 1)); else f=$((f + 1)); fi
if [ -f "$DEV_EXT" ] && objdump -T "$DEV_EXT" | grep -q 'GLIBC_2\.3[4-9]'; then
    # The check must be able to fail: the dev build needs GLIBC_2.34 (Debian 12's glibc).
    if tests/dist/check-portable.sh "$DEV_EXT" 2.28 > "$LOGS/dist-check-dev.log"; then
        echo "the portability check passed the dev build, which needs a newer glibc"; f=$((f + 1))
    else
        echo "the check refuses the dev build: $(grep -m1 FAIL "$LOGS/dist-check-dev.log")"; p=$((p + 1))
    fi
fi
emit "dist portable" $p $f

echo "== dist: the artefacts (per-build tarballs, universal tarball, .deb, SHA256SUMS)"
if tests/dist/check-artefacts.sh; then emit "dist artefacts" 1 0; else emit "dist artefacts" 0 1; fi

echo "== dist: size and load cost beside the dev build"
load_ms() { # extra time of 30 PHP starts with the extension loaded over 30 without, per start (ms)
    local t0 t1 t2
    t0=$(date +%s%N)
    for _ in $(seq 30); do php -n -d "extension=$1" -r '' >/dev/null; done
    t1=$(date +%s%N)
    for _ in $(seq 30); do php -n -r '' >/dev/null; done
    t2=$(date +%s%N)
    awk -v a=$((t1 - t0)) -v b=$((t2 - t1)) 'BEGIN { printf "%.2f", (a - b) / 30 / 1e6 }'
}
for so in "$DEV_EXT" "$DIST_EXT"; do
    [ -f "$so" ] && printf '  %-45s %8d bytes, load +%s ms\n' "${so#$PWD/}" "$(stat -c %s "$so")" "$(load_ms "$so")"
done | tee "$LOGS/dist-size.txt"

echo "== dist: .phpt against the dist binary"
# PHP's own test runner of the PHP on PATH (Debian/Ubuntu: beside its extension dir; a PHP built
# from source: under its prefix).
for RUN_TESTS in "$(php-config --extension-dir)/build/run-tests.php" "$(php-config --prefix)/lib/php/build/run-tests.php" \
    /usr/lib/php/"$(php -r 'echo PHP_EXTENSION_DIR;' | xargs basename)"/build/run-tests.php; do
    [ -f "$RUN_TESTS" ] && break
done
NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$(command -v php) php "$RUN_TESTS" -q \
    -d "extension=$DIST_EXT" tests/phpt > "$LOGS/dist-phpt.log" 2>&1
grep -E '^Tests (passed|failed)' "$LOGS/dist-phpt.log"
p=$(grep -E '^Tests passed' "$LOGS/dist-phpt.log" | grep -Eo '[0-9]+' | head -1)
f=$(grep -E '^Tests failed' "$LOGS/dist-phpt.log" | grep -Eo '[0-9]+' | head -1)
[ "${f:-1}" -eq 0 ] || cat "$LOGS/dist-phpt.log"
emit "dist phpt" "${p:-0}" "${f:-1}"

echo "== dist: PHPUnit subset against the dist binary (php-fpm incl. reload from the dev build, create and lifecycle per module, cPanel traffic table)"
OXIDE_EXT=$DIST_EXT OXIDE_DIST_EXT=$DIST_EXT OXIDE_DEV_EXT=$DEV_EXT php -d "extension=$DIST_EXT" "$(command -v phpunit)" -c tests/phpunit.xml --exclude-group real-panel \
    --filter '/^(FpmRunTest|FpmReloadTest|HestiaCreateTest|CpanelCreateTest|CpanelUsageTest|VpncpCreateTest|StoregridLifecycleTest)::/' \
    > "$LOGS/dist-phpunit.log" 2>&1
rc=$?
tail -n 3 "$LOGS/dist-phpunit.log"
line=$(grep -E '^(OK \(|Tests: )' "$LOGS/dist-phpunit.log" | tail -1)
if [[ $line =~ ^OK\ \(([0-9]+)\ test ]]; then
    emit "dist phpunit" "${BASH_REMATCH[1]}" 0
elif [[ $line =~ Tests:\ ([0-9]+) ]]; then
    # No test of this subset may be skipped or left incomplete: those count as failed here.
    bad=$(echo "$line" | grep -Eo '(Failures|Errors|Skipped|Incomplete|Risky): [0-9]+' | awk '{s+=$2} END {print s+0}')
    [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ] && bad=1
    cat "$LOGS/dist-phpunit.log"
    emit "dist phpunit" $((BASH_REMATCH[1] - bad)) "$bad"
else
    cat "$LOGS/dist-phpunit.log"; emit "dist phpunit" 0 1
fi

echo "== dist: install the .deb and the tarball into a private root, use them, remove them"
tests/dist/install-test.sh 2>&1 | tee "$LOGS/dist-install.log"
for name in "dist install .deb" "dist install tarball"; do
    r=$(grep -F "RESULT|$name|" "$LOGS/dist-install.log" | tail -1)
    if [ -n "$r" ]; then results+=("${r#RESULT|}"); else emit "$name" 0 1; fi
done

echo
echo "== dist summary"
bad=0
for r in "${results[@]}"; do
    IFS='|' read -r name p f <<<"$r"
    printf '  %-26s %s passed, %s failed\n' "$name" "$p" "$f"
    bad=$((bad + f))
done
[ "$bad" -eq 0 ]
