#!/usr/bin/env bash
# A private MariaDB for the WHMCS host harness: its own datadir and unix socket in a temp dir,
# no TCP port, no system service. Prints one JSON ready line on stdout
#   {"socket":"/tmp/oxide-mariadb.XXXX/mysqld.sock","databases":["whmcs",...],"startup_ms":N}
# and runs until its stdin closes (ReadyLineProcess, or a coprocess of tests/run-all.sh), then
# stops the server and removes the temp dir, also when it is killed or the server dies.
#
#   tests/mariadb/start.sh [DATABASE...]     (default: one database "whmcs")
set -euo pipefail

started=$(date +%s%N)
dbs=("$@")
[ ${#dbs[@]} -gt 0 ] || dbs=(whmcs)
for d in "${dbs[@]}"; do
    [[ $d =~ ^[A-Za-z0-9_]+$ ]] || { echo "bad database name: $d" >&2; exit 2; }
done
bin=$(command -v mariadbd || command -v mysqld || ls /usr/sbin/mariadbd 2>/dev/null) ||
    { echo "mariadbd not found: install mariadb-server (make deps)" >&2; exit 3; }

dir=$(mktemp -d /tmp/oxide-mariadb.XXXXXX)
sock=$dir/mysqld.sock
pid=
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP PIPE

# The system tables only, straight into `mariadbd --bootstrap` (what mariadb-install-db does,
# minus the help tables, GIS procedures and sys schema: a third of the time). Running as root
# needs --user=root; the server never switches users, so the temp dir needs no chown.
# --no-defaults: nothing from /etc/mysql applies.
user=$(id -un)
share=/usr/share/mysql
inno=(--innodb-buffer-pool-size=64M --innodb-log-file-size=16M --innodb-flush-log-at-trx-commit=0
      --innodb-doublewrite=0)
mkdir "$dir/data"
{
    printf 'create database if not exists mysql;\nuse mysql;\nSET @auth_root_socket=NULL;\n'
    cat "$share/mysql_system_tables.sql" "$share/mysql_performance_tables.sql" "$share/mysql_system_tables_data.sql"
} | "$bin" --no-defaults --bootstrap --silent-startup --user="$user" --datadir="$dir/data" \
        --log-warnings=0 --enforce-storage-engine= --max_allowed_packet=8M "${inno[@]}" \
        >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; exit 1; }

# Durability off (a test database) and small buffers: start-up and DDL stay fast.
# --innodb-force-primary-key: a table without a primary key is refused, as managed MySQL/MariaDB
# do with sql_require_primary_key=ON (MariaDB 10.11 has no such variable; this is its
# equivalent, global only, so every database of this server runs like a managed one).
"$bin" --no-defaults --user="$user" --datadir="$dir/data" --socket="$sock" \
    --pid-file="$dir/mysqld.pid" --skip-networking --log-error="$dir/error.log" \
    "${inno[@]}" --innodb-force-primary-key=ON --skip-log-bin --character-set-server=utf8mb3 \
    --collation-server=utf8mb3_unicode_ci --max-connections=200 --open-files-limit=4096 </dev/null >/dev/null 2>>"$dir/error.log" &
pid=$!

for _ in $(seq 300); do
    [ -S "$sock" ] && mariadb --no-defaults -uroot --socket="$sock" -e 'SELECT 1' >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { cat "$dir/error.log" >&2; exit 1; }
    sleep 0.02
done
[ -S "$sock" ] || { echo "MariaDB did not come up within 6 s" >&2; cat "$dir/error.log" >&2; exit 1; }

for d in "${dbs[@]}"; do
    mariadb --no-defaults -uroot --socket="$sock" -e "CREATE DATABASE \`$d\`"
done

ms=$(( ($(date +%s%N) - started) / 1000000 ))
list=$(printf '"%s",' "${dbs[@]}")
printf '{"socket":"%s","databases":[%s],"startup_ms":%d,"pid":%d}\n' "$sock" "${list%,}" "$ms" "$pid"

# Until stdin closes (the caller is done or gone) or the server stops by itself.
# (An explicit <&0: a background job's stdin would be /dev/null otherwise.)
cat <&0 >/dev/null &
reader=$!
while kill -0 "$reader" 2>/dev/null && kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
kill "$reader" 2>/dev/null || true
