#!/usr/bin/env bash
# `make bench`: runs every tests/bench/bench_* (PHP scripts with the extension loaded, or
# executables), keeps each one's JSON in target/bench/, prints the tables and writes them into
# README.md between the bench markers.
set -euo pipefail
cd "$(dirname "$0")/../.."
EXT=${OXIDE_EXT:-$PWD/build/whmcs_oxide.so}
OUT=target/bench
mkdir -p "$OUT"
rm -f "$OUT"/*.json
for b in tests/bench/bench_*; do
    name=$(basename "${b%.*}")
    echo "== $name" >&2
    case "$b" in
        *.php) php -d "extension=$EXT" "$b" > "$OUT/$name.json" ;;
        *) "$b" > "$OUT/$name.json" ;;
    esac
done
# The UsageUpdate bench a second time on MariaDB (WHMCS's real tables; the harness starts a
# private server for the run and removes it afterwards).
echo "== bench_hestia_usage_update on MariaDB" >&2
OXIDE_WHMCS_DB=mariadb php -d "extension=$EXT" tests/bench/bench_hestia_usage_update.php \
    > "$OUT/bench_hestia_usage_update_mariadb.json"
php tests/bench/report.php "$OUT" README.md
