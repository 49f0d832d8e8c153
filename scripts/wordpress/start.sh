#!/usr/bin/env bash
# Starts a private WordPress for the tests, on loopback only:
#   scripts/wordpress/start.sh STATE_DIR
# MariaDB listens on a Unix socket inside STATE_DIR (no TCP), and PHP's
# built-in server on 127.0.0.1 at a free port. On success it prints the
# environment the tests need, one NAME=value per line:
#   NATTER_WP_URL, NATTER_WP_POST (the seeded post), NATTER_WP_SEED_TOKEN,
#   NATTER_WP_STATE (pass it to stop.sh).
# The first run installs WordPress into a fresh database and keeps a copy of
# it (a template) under node_modules/.cache/natter-wordpress, or
# $NATTER_WP_CACHE; later runs copy the template, which takes about a second.
# Stop with scripts/wordpress/stop.sh STATE_DIR.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 1 ] || { echo "usage: $0 STATE_DIR" >&2; exit 2; }
mkdir -p "$1"
state=$(cd "$1" && pwd)
cache=${NATTER_WP_CACHE:-$here/../../node_modules/.cache/natter-wordpress}
wp_root=/usr/share/wordpress

say() { echo "wordpress: $*" >&2; }
build=
fail() {
  say "$*"
  "$here/stop.sh" "$state" >/dev/null 2>&1 || true
  if [ -n "$build" ]; then rm -rf "$build"; fi
  exit 1
}

for tool in php mariadb-install-db mariadb; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing: run scripts/wordpress/install.sh as root."
done
mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
[ -x "$mariadbd" ] || fail "mariadbd is missing: run scripts/wordpress/install.sh as root."
[ -f "$wp_root/wp-settings.php" ] || fail "WordPress is missing: run scripts/wordpress/install.sh as root."
# A Unix socket path must stay under 108 bytes.
[ ${#state} -le 90 ] || fail "STATE_DIR path is too long for a Unix socket: $state"

random() { php -r 'echo bin2hex(random_bytes(16));'; }

# Starts mariadbd on DIR/db with its socket and pid file in DIR.
start_db() {
  local dir=$1
  # setsid: the server must not get the terminal's signals meant for our caller.
  setsid "$mariadbd" --no-defaults --user="$(id -un)" --datadir="$dir/db" \
    --socket="$dir/mysqld.sock" --pid-file="$dir/mysqld.pid" --skip-networking \
    --log-error="$dir/mysqld.log" --innodb-buffer-pool-size=32M --innodb-log-file-size=8M \
    --skip-log-bin --performance-schema=OFF --skip-name-resolve \
    --innodb-buffer-pool-dump-at-shutdown=OFF --innodb-buffer-pool-load-at-startup=OFF </dev/null >/dev/null 2>&1 &
  for _ in $(seq 200); do
    if mariadb --no-defaults --socket="$dir/mysqld.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.1
  done
  tail -n 20 "$dir/mysqld.log" >&2 || true
  return 1
}

stop_db() {
  local dir=$1 pid
  pid=$(cat "$dir/mysqld.pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

# Installs WordPress into a new database and saves the stopped database as
# the template. Built in /tmp (short socket path) and moved into the cache
# in one rename, so a half-built template is never used.
build_template() {
  local site_env seed password salt
  build=$(mktemp -d /tmp/natter-wp-build.XXXXXX)
  say "installing WordPress into a new database (first run only)"
  mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$build/db" \
    --auth-root-authentication-method=socket --skip-test-db --innodb-log-file-size=8M \
    >"$build/install-db.log" 2>&1 || { cat "$build/install-db.log" >&2; return 1; }
  start_db "$build" || { stop_db "$build"; return 1; }
  password=$(random)
  salt=$(random)
  mariadb --no-defaults --socket="$build/mysqld.sock" -uroot <<SQL
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
SQL
  [ $? -eq 0 ] || { stop_db "$build"; return 1; }
  mkdir -p "$build/wp-content"
  site_env=(NATTER_WP_STATE="$build" NATTER_WP_DB_PASSWORD="$password" NATTER_WP_SALT="$salt")
  if ! env "${site_env[@]}" php "$here/setup.php" install >"$build/setup.log" 2>&1 ||
    ! seed=$(env "${site_env[@]}" php "$here/setup.php" seed 2>>"$build/setup.log"); then
    cat "$build/setup.log" >&2
    stop_db "$build"
    return 1
  fi
  stop_db "$build"
  post=$(php -r '$d = json_decode($argv[1], true); echo (int) $d["post"];' "$seed")
  printf 'db_password=%s\nsalt=%s\npost=%s\n' "$password" "$salt" "$post" >"$build/template.env"
  printf '%s\n' "$seed" >"$build/seed.json"
  mkdir -p "$cache"
  local staging="$cache/.$key.$$"
  cp -a "$build" "$staging"
  rm -rf "$build"
  build=
  rm -f "$staging/mysqld.sock" "$staging/mysqld.pid"
  mv -T "$staging" "$cache/$key" 2>/dev/null || rm -rf "$staging" # another run won the race
}

# The template depends on the software versions and on the setup script.
key=$(
  {
    grep "^\$wp_version" "$wp_root/wp-includes/version.php"
    "$mariadbd" --version
    cat "$here/setup.php" "$here/site-config.php" "$here/mu-plugins/natter-test/seed-api.php"
  } | sha1sum | cut -c1-16
)
template=$cache/$key
if [ ! -f "$template/template.env" ]; then
  build_template || fail "could not install WordPress (output above)."
fi

# shellcheck disable=SC1091
. "$template/template.env"
rm -rf "$state/db"
cp -a "$template/db" "$state/db"
mkdir -p "$state/wp-content/plugins"
# The themes Debian installs (Twenty Twenty-Three and -One), so that pages render.
ln -sfn "$wp_root/wp-content/themes" "$state/wp-content/themes"
# WordPress as links, with this site's wp-config.php: what wp-admin loads.
rm -rf "$state/root"
mkdir -p "$state/root"
for entry in "$wp_root"/*; do
  case "${entry##*/}" in wp-config.php | wp-content) ;; *) ln -s "$entry" "$state/root/" ;; esac
done
printf '<?php\nrequire %s;\nrequire_once ABSPATH . %s;\n' "'$here/site-config.php'" "'wp-settings.php'" >"$state/root/wp-config.php"
start_db "$state" || fail "MariaDB did not start (log: $state/mysqld.log)."

token=$(random)
export NATTER_WP_STATE="$state" NATTER_WP_DB_PASSWORD="$db_password" NATTER_WP_SALT="$salt"
export NATTER_WP_SEED_TOKEN="$token"
# Several workers, so the adapter's parallel page requests do not queue up.
export PHP_CLI_SERVER_WORKERS=4

free_port() {
  php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false); echo substr($n, strrpos($n, ":") + 1);'
}

# Answers 0 once the REST index answers with JSON.
rest_ready() {
  php -r '$c = stream_context_create(["http" => ["timeout" => 2, "ignore_errors" => true]]);
    $b = @file_get_contents($argv[1], false, $c);
    exit(is_string($b) && str_starts_with(ltrim($b), "{") ? 0 : 1);' "$1/wp-json/"
}

started=
for _ in 1 2 3; do
  port=$(free_port)
  url="http://127.0.0.1:$port"
  # setsid makes php the leader of a new process group holding its workers,
  # so stop.sh can end exactly this group.
  NATTER_WP_URL="$url" setsid php -S "127.0.0.1:$port" -t "$wp_root" "$here/router.php" \
    </dev/null >"$state/php.log" 2>&1 &
  pid=$!
  echo "$pid" >"$state/php.pid"
  for _ in $(seq 300); do
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    if rest_ready "$url"; then started=1; break; fi
    sleep 0.1
  done
  [ -n "$started" ] && break
  kill -- "-$pid" 2>/dev/null || true
  say "PHP's server did not come up on port $port; trying another port"
done
[ -n "$started" ] || fail "PHP's built-in server did not start (log: $state/php.log)."

echo "NATTER_WP_URL=$url"
echo "NATTER_WP_POST=$post"
echo "NATTER_WP_SEED_TOKEN=$token"
echo "NATTER_WP_STATE=$state"
