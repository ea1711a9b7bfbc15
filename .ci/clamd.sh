#!/usr/bin/env bash
# Start a clamd for the scanning tests, with a signature database holding ONLY the EICAR test
# signature (no freshclam, nothing downloaded). Idempotent: a clamd already answering on the
# port is reused. The last line printed is the address for CLAMD_TEST_URL, e.g.
#   url=$(.ci/clamd.sh | tail -n 1) && export CLAMD_TEST_URL="$url"
set -euo pipefail

HOST=127.0.0.1
PORT="${CLAMD_PORT:-3310}"
BASE="${CLAMD_DIR:-/tmp/nmirf-clamav}"
DB="$BASE/db"
CONF="$BASE/clamd.conf"
URL="tcp://$HOST:$PORT"

say() { printf 'clamd.sh: %s\n' "$*" >&2; }

# PING over bash's /dev/tcp: no netcat needed.
answers_ping() {
  local reply
  reply=$(
    exec 2>/dev/null
    exec 3<>"/dev/tcp/$HOST/$PORT" || exit 1
    printf 'zPING\0' >&3
    answer=""
    IFS= read -r -d '' -t 2 answer <&3 || true
    printf '%s' "$answer"
  ) || return 1
  [[ $reply == PONG ]]
}

if answers_ping; then
  say "clamd already answers on $URL: reused"
  echo "$URL"
  exit 0
fi

if ! command -v clamd >/dev/null 2>&1 && [[ ! -x /usr/sbin/clamd ]]; then
  say "installing Debian's clamav-daemon"
  export DEBIAN_FRONTEND=noninteractive
  # Keep the package's own services (clamd, and freshclam which downloads signatures) from
  # starting: a policy-rc.d answering 101 is honoured by invoke-rc.d and deb-systemd-invoke.
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get update -qq >/dev/null
  apt-get install -y -qq clamav-daemon >/dev/null
fi
CLAMD=$(command -v clamd || echo /usr/sbin/clamd)

mkdir -p "$DB"
# The signature database: EICAR only. The string is assembled from two halves so that this
# script itself is not flagged by antivirus programs.
eicar_head='X5O!P%@AP[4\PZX54(P^)7CC)7}$'
eicar_tail='EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'
eicar="$eicar_head$eicar_tail"
hex=$(printf '%s' "$eicar" | od -An -v -tx1 | tr -d ' \n')
md5=$(printf '%s' "$eicar" | md5sum | cut -d' ' -f1)
# .ndb: the EICAR bytes anywhere in any file, including inside archives that clamd unpacks
# (a DOCX part); .hdb: the exact 68-byte file by its MD5.
printf 'Eicar-Test-Signature:0:*:%s\n' "$hex" >"$DB/eicar.ndb"
printf '%s:%s:Eicar-Test-Signature\n' "$md5" "${#eicar}" >"$DB/eicar.hdb"
rm -f "$DB"/*.cvd "$DB"/*.cld

cat >"$CONF" <<EOF
TCPSocket $PORT
TCPAddr $HOST
DatabaseDirectory $DB
LogFile $BASE/clamd.log
LogTime yes
PidFile $BASE/clamd.pid
TemporaryDirectory /tmp
Foreground no
StreamMaxLength 100M
MaxFileSize 100M
MaxScanSize 400M
ScanArchive yes
ScanOLE2 yes
ScanPDF yes
ReadTimeout 30
CommandReadTimeout 30
EOF

say "starting clamd ($CONF)"
"$CLAMD" --config-file="$CONF"

for _ in $(seq 1 120); do
  if answers_ping; then
    say "clamd answers on $URL"
    echo "$URL"
    exit 0
  fi
  sleep 0.5
done
say "clamd did not answer PING within 60 s; its log:"
tail -n 30 "$BASE/clamd.log" >&2 || true
exit 1
