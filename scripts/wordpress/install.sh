#!/usr/bin/env bash
# Installs what the WordPress adapter's tests need from Debian's packages:
# WordPress with its Twenty Twenty-Three (block) and Twenty Twenty-One
# (classic) themes, the PHP CLI (its built-in
# web server runs the site) and the MariaDB server binaries. Nothing is
# configured or started system-wide; scripts/wordpress/start.sh runs a private site in a temporary folder.
# Quick and silent when everything is already there. Needs root to install.
set -euo pipefail

have_all() {
  [ -f /usr/share/wordpress/wp-settings.php ] &&
    [ -f /usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json ] &&
    [ -f /usr/share/wordpress/wp-content/themes/twentytwentyone/comments.php ] &&
    command -v php >/dev/null 2>&1 &&
    php -m 2>/dev/null | grep -qi '^mysqli$' &&
    { command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ]; } &&
    { command -v mariadb-install-db >/dev/null 2>&1 || command -v mysql_install_db >/dev/null 2>&1; }
}

if have_all; then exit 0; fi

if [ "$(id -u)" != 0 ]; then
  echo "scripts/wordpress/install.sh: WordPress, PHP or MariaDB is missing; run this script as root to install them." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive

# Debian's wordpress package depends on a web server (apache2). The tests
# never use it, and it must not start listening on port 80 as a side effect
# of installing: when the machine has no policy-rc.d, keep one in place for
# the duration of the install.
guard=
if [ ! -e /usr/sbin/policy-rc.d ]; then
  guard=/usr/sbin/policy-rc.d
  printf '#!/bin/sh\nexit 101\n' >"$guard"
  chmod 755 "$guard"
  trap 'rm -f "$guard"' EXIT
fi

apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  wordpress wordpress-theme-twentytwentythree wordpress-theme-twentytwentyone php-cli php-mysql mariadb-server-core mariadb-client >/dev/null

if ! have_all; then
  echo "scripts/wordpress/install.sh: packages installed but WordPress, PHP mysqli or MariaDB is still missing." >&2
  exit 1
fi
