#!/usr/bin/env bash
# What the real-HestiaCP fixture must leave as it found it, as one text: the system's users and
# groups, /usr/local/hestia and /etc/hestiacp (absent on a machine without HestiaCP), the
# homes, the config trees HestiaCP writes to, and the listening TCP ports. Run before and after
# the real-panel suites; any difference fails the run (tests/run-all.sh).
set -uo pipefail
sum() { if [ -e "$1" ]; then sha256sum "$1" | cut -d' ' -f1; else echo absent; fi; }
tree() { if [ -e "$1" ]; then find "$1" -xdev 2>/dev/null | LC_ALL=C sort | sha256sum | cut -d' ' -f1; else echo absent; fi; }
for f in /etc/passwd /etc/group /etc/shadow /etc/gshadow /etc/sudoers /etc/hosts /etc/shells; do
    echo "$f $(sum "$f")"
done
for d in /usr/local/hestia /etc/hestiacp /home /etc/sudoers.d /etc/nginx /etc/bind /etc/exim4 /etc/php/8.2/fpm/pool.d /var/log/hestia /var/spool/cron; do
    echo "$d $(tree "$d")"
done
echo "listening: $(ss -ltnH 2>/dev/null | awk '{print $4}' | LC_ALL=C sort -u | tr '\n' ' ')"
echo "processes: $(ps -eo comm= | grep -cE '^(nginx|php-fpm8.2|named|exim4|dovecot)$')"
