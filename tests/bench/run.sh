#!/usr/bin/env bash
# `make bench`: runs every tests/bench/bench_* (PHP scripts with the extension loaded, or
# executables), keeps each one's JSON in target/bench/, then in docs/bench/ with the machine and
# date (committed), and writes the README's bench section from them (tests/docs/readme.php).
# BENCH=name runs that bench alone (e.g. BENCH=bench_latency).
set -euo pipefail
cd "$(dirname "$0")/../.."
EXT=${OXIDE_EXT:-$PWD/build/whmcs_oxide.so}
OUT=target/bench
mkdir -p "$OUT"
rm -f "$OUT"/*.json
for b in tests/bench/${BENCH:-bench_}*; do
    name=$(basename "${b%.*}")
    echo "== $name" >&2
    case "$b" in
        *.php) php -d "extension=$EXT" "$b" > "$OUT/$name.json" ;;
        *) "$b" > "$OUT/$name.json" ;;
    esac
done
# The UsageUpdate bench a second time on MariaDB (WHMCS's real tables; the harness starts a
# private server for the run and removes it afterwards).
if [ -z "${BENCH:-}" ] || [ "$BENCH" = bench_hestia_usage_update ]; then
    echo "== bench_hestia_usage_update on MariaDB" >&2
    OXIDE_WHMCS_DB=mariadb php -d "extension=$EXT" tests/bench/bench_hestia_usage_update.php \
        > "$OUT/bench_hestia_usage_update_mariadb.json"
fi
php tests/bench/report.php "$OUT" docs/bench
php tests/docs/readme.php write
