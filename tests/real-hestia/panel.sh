#!/usr/bin/env bash
# Stage 2 of run.sh, inside the private root: lays HestiaCP out as hst-install-debian.sh does
# (the parts the API and the modules use), creates the admin and an access key with
# HestiaCP's own commands, starts php-fpm and nginx, prints the ready line and waits.
set -euo pipefail
PORT=$1
HESTIA_VERSION=${2:-unknown}
export HESTIA=/usr/local/hestia
H=$HESTIA
I=$H/install
log() { echo "real-hestia: $*" >&2; }
t0=$(date +%s%N)

# --- system users and sudo (installer: "Configure Hestia") -------------------------------
groupadd --system hestia-users
useradd hestiaweb -c "HestiaCP web" --no-create-home
useradd hestiamail -c "HestiaCP mail" --no-create-home
usermod -aG hestia-users hestiamail
mkdir -p /etc/sudoers.d
cp -f $I/common/sudo/hestiaweb /etc/sudoers.d/ && chmod 440 /etc/sudoers.d/hestiaweb
for sh in /sbin/nologin /usr/sbin/nologin; do grep -q "^$sh$" /etc/shells || echo $sh >> /etc/shells; done
mkdir -p /etc/hestiacp
printf "export HESTIA='/usr/local/hestia'\n\n[[ -f /etc/hestiacp/local.conf ]] && source /etc/hestiacp/local.conf\n" > /etc/hestiacp/hestia.conf
printf "export HESTIA='%s'\nPATH=\$PATH:%s/bin\nexport PATH\n" $H $H > /etc/profile.d/hestia.sh

# --- directory tree ---------------------------------------------------------------------
rm -f /var/log/hestia && mkdir -p /var/log/hestia && ln -sfn /var/log/hestia $H/log
mkdir -p $H/conf $H/ssl $H/data/ips $H/data/queue $H/data/users $H/data/firewall \
    $H/data/sessions $H/data/access-keys $H/data/keys
for f in backup disk webstats restart traffic daily; do touch $H/data/queue/$f.pipe; done
touch $H/log/system.log $H/log/nginx-error.log $H/log/auth.log $H/log/backup.log
chmod 750 $H/conf $H/data/users $H/data/ips $H/log
chmod -R 750 $H/data/queue
chmod 770 $H/data/sessions
# The validators in func/main.sh call $HESTIA/php/bin/php (hestia-php); Debian's PHP stands in.
mkdir -p $H/php/bin && ln -sf /usr/bin/php8.2 $H/php/bin/php
# func/domain.sh reads the public suffix list it would otherwise download.
mkdir -p $H/data/extensions && [ -f /usr/share/publicsuffix/public_suffix_list.dat ] && \
    ln -sf /usr/share/publicsuffix/public_suffix_list.dat $H/data/extensions/public_suffix_list.dat || true

# --- hestia.conf (what the installer writes for nginx + php-fpm, DNS and mail) -------------
c=$H/conf/hestia.conf
{
    echo "BACKEND_PORT='$PORT'"
    echo "WEB_SYSTEM='nginx'"; echo "WEB_PORT='80'"; echo "WEB_SSL_PORT='443'"; echo "WEB_SSL='openssl'"
    echo "WEB_BACKEND='php-fpm'"; echo "WEB_RGROUPS='www-data'"
    echo "STATS_SYSTEM=''"
    echo "DNS_SYSTEM='bind9'"
    echo "MAIL_SYSTEM='exim4'"; echo "IMAP_SYSTEM='dovecot'"
    echo "CRON_SYSTEM='cron'"
    echo "DISK_QUOTA='no'"; echo "RESOURCES_LIMIT='no'"
    echo "BACKUP_SYSTEM='local'"; echo "BACKUP_GZIP='4'"; echo "BACKUP_MODE='zstd'"
    echo "LANGUAGE='en'"; echo "LOGIN_STYLE='default'"; echo "THEME='dark'"
    echo "INACTIVE_SESSION_TIMEOUT='60'"
    # The installer writes its own HESTIA_INSTALL_VER.
    echo "VERSION='$(sed -n "s/^HESTIA_INSTALL_VER='\(.*\)'$/\1/p" $I/hst-install-debian.sh)'"; echo "RELEASE_BRANCH='release'"
    echo "WEBMAIL_ALIAS='webmail'"; echo "WEBMAIL_SYSTEM='roundcube'" # as a default install
    echo "ROOT_USER='admin'"
    echo "API='yes'"; echo "API_SYSTEM='1'"; echo "API_ALLOWED_IP='allow-all'"
    # No systemd here: service restarts are queued (v-update-sys-queue restart), as on a
    # panel whose cron has not run yet; every config file is still written.
    echo "SCHEDULED_RESTART='yes'"
    echo "POLICY_SYSTEM_PROTECTED_ADMIN='yes'"
    echo "DB_SYSTEM=''"; echo "FTP_SYSTEM=''"; echo "FIREWALL_SYSTEM=''"
} > $c
sort -o $c $c && chmod 660 $c
mkdir -p $H/conf/defaults && cp $c $H/conf/defaults/hestia.conf

# --- packages, templates, API profiles ----------------------------------------------------
cp -rf $I/common/packages $H/data/
sed -i 's/domain.tld/example.test/g' $H/data/packages/*.pkg
cp -rf $I/deb/templates $H/data/
cp -rf $I/common/templates/web/ $H/data/templates
cp -rf $I/common/templates/dns/ $H/data/templates
cp -rf $I/common/api $H/data/
mkdir -p /var/www/html /var/www/document_errors
cp -rf $I/common/templates/web/skel/document_errors/* /var/www/document_errors/ 2>/dev/null || true
mkdir -p /etc/nginx/conf.d/domains /etc/nginx/conf.d/main /var/log/nginx/domains
mkdir -p /etc/bind /etc/exim4/domains /etc/dovecot/conf.d
[ -f /etc/bind/named.conf ] || touch /etc/bind/named.conf
mkdir -p /etc/php/8.2/fpm/pool.d

# --- the panel's certificate, with HestiaCP's own command ----------------------------------
$H/bin/v-generate-ssl-cert "$(hostname -f 2>/dev/null || hostname)" '' 'US' 'California' \
    'San Francisco' 'Hestia Control Panel' 'IT' > /tmp/hst.pem
crt_end=$(grep -n "END CERTIFICATE-" /tmp/hst.pem | head -n1 | cut -f 1 -d:)
key_start=$(grep -nE "BEGIN (RSA |EC )?PRIVATE KEY" /tmp/hst.pem | head -n1 | cut -f 1 -d:)
key_end=$(grep -nE "END (RSA |EC )?PRIVATE KEY" /tmp/hst.pem | head -n1 | cut -f 1 -d:)
sed -n "1,${crt_end}p" /tmp/hst.pem > $H/ssl/certificate.crt
sed -n "${key_start},${key_end}p" /tmp/hst.pem > $H/ssl/certificate.key
chmod 660 $H/ssl/*
rm -f /tmp/hst.pem

# The panel's own nginx config lives where hestia-nginx keeps it (v-update-sys-ip edits it).
mkdir -p $H/nginx/conf
sed "s/__PORT__/$PORT/" /opt/oxide-real-hestia/nginx.conf > $H/nginx/conf/nginx.conf
# Nothing leaves this machine: the hosts HestiaCP's commands may call resolve to loopback,
# where nothing answers (ACME, the public IP probe, upstream downloads).
echo "127.0.0.1 acme-v02.api.letsencrypt.org acme-staging-v02.api.letsencrypt.org ip.hestiacp.com hestiacp.com www.hestiacp.com publicsuffix.org github.com raw.githubusercontent.com api.cloudflare.com" >> /etc/hosts

# --- IPs, admin, access key ---------------------------------------------------------------
ADMIN_PASSWORD="Adm1n-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# (its stderr: a grep of /etc/ssh/sshd_config, absent here; its own errors go to stdout)
$H/bin/v-add-user admin "$ADMIN_PASSWORD" admin@example.test default "System Administrator" 1>&2 2>/dev/null
$H/bin/v-change-user-shell admin nologin >&2 || true
$H/bin/v-change-user-role admin admin >&2
key_json=$($H/bin/v-add-access-key admin '' whmcs-oxide json)
# After the admin exists, as the installer does (the IP's owner is the admin). HestiaCP takes
# the host's NIC addresses (loopback is refused); vhosts naming it are written, never served.
$H/bin/v-update-sys-ip >/dev/null 2>&1 || true
[ -n "$(ls $H/data/ips)" ] || { log "v-update-sys-ip registered no IP (HestiaCP needs a non-loopback interface)"; exit 1; }

# --- serve it ------------------------------------------------------------------------------
/usr/sbin/php-fpm8.2 --fpm-config /opt/oxide-real-hestia/php-fpm.conf
/usr/sbin/nginx -c $H/nginx/conf/nginx.conf
for _ in $(seq 1 100); do
    code=$(curl -sk -o /dev/null -w '%{http_code}' "https://127.0.0.1:$PORT/api/" || true)
    [ "$code" = 405 ] && break
    sleep 0.05
done
[ "$code" = 405 ] || { log "the panel does not answer on port $PORT (last HTTP code: $code)"; cat /var/log/hestia/*.log >&2; exit 1; }
: > /var/log/hestia/api-requests.log

pin=$(openssl x509 -noout -fingerprint -sha256 -in $H/ssl/certificate.crt | cut -d= -f2)
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
jq -cn --argjson key "$key_json" --arg port "$PORT" --arg pin "$pin" --arg pw "$ADMIN_PASSWORD" \
    --arg ms "$ms" --arg ver "${HESTIA_VERSION:-unknown}" \
    '{ready: true, url: ("https://127.0.0.1:" + $port + "/api/"), port: ($port | tonumber),
      key_id: $key.ACCESS_KEY_ID, secret: $key.SECRET_ACCESS_KEY, sha256: $pin,
      admin_user: "admin", admin_password: $pw, hestia: $ver,
      setup_ms: ($ms | tonumber)}'

# Runs until stdin closes (the test process ended) or a signal; PID 1 going takes every
# process of the namespace and the whole private root with it.
trap 'exit 0' TERM INT HUP
while read -r _; do :; done
exit 0
