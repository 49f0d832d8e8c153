#!/usr/bin/env bash
# Stops what scripts/wordpress/start.sh STATE_DIR started, and nothing else:
# PHP's server by its process group (it forks workers) and MariaDB by its
# pid file. Each pid is checked against the state folder first, so a stale
# pid file can never end an unrelated process.
set -uo pipefail

[ $# -eq 1 ] || { echo "usage: $0 STATE_DIR" >&2; exit 2; }
[ -d "$1" ] || exit 0
state=$(cd "$1" && pwd)

# Whether process $1 was started for this state folder.
ours() {
  local cmdline
  cmdline=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
  case "$cmdline" in
    *mariadbd*"$state/"*) return 0 ;;
    *php*" -S 127.0.0.1:"*) tr '\0' '\n' <"/proc/$1/environ" 2>/dev/null | grep -qFx "NATTER_WP_STATE=$state" ;;
    *) return 1 ;;
  esac
}

wait_gone() {
  for _ in $(seq 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  return 1
}

# Both get the signal first and are then awaited, so they shut down together.
php_pid=
db_pid=
if pid=$(cat "$state/php.pid" 2>/dev/null) && ours "$pid"; then
  php_pid=$pid
  kill -TERM -- "-$php_pid" 2>/dev/null
fi
if pid=$(cat "$state/mysqld.pid" 2>/dev/null) && ours "$pid"; then
  db_pid=$pid
  kill -TERM "$db_pid" 2>/dev/null
fi
if [ -n "$php_pid" ]; then wait_gone "$php_pid" || kill -KILL -- "-$php_pid" 2>/dev/null; fi
if [ -n "$db_pid" ]; then wait_gone "$db_pid" || kill -KILL "$db_pid" 2>/dev/null; fi
rm -f "$state/php.pid" "$state/mysqld.pid" "$state/mysqld.sock"
exit 0
