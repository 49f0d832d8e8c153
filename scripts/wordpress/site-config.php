<?php
/**
 * wp-config for the private test site. Debian's own wp-config.php looks up
 * /etc/wordpress/config-HOST.php; this site never goes through it, so the
 * machine's WordPress configuration is neither read nor changed. Values come
 * from the environment that start.sh sets.
 */

$natter_state = (string) getenv('NATTER_WP_STATE');
if ($natter_state === '' || !is_dir($natter_state)) {
	http_response_code(500);
	exit("NATTER_WP_STATE must name the site's state folder (see scripts/wordpress/start.sh).\n");
}

if (!defined('ABSPATH')) {
	define('ABSPATH', '/usr/share/wordpress/');
}

define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', (string) getenv('NATTER_WP_DB_PASSWORD'));
// host:socket — MariaDB listens on a Unix socket only, inside the state folder.
define('DB_HOST', 'localhost:' . $natter_state . '/mysqld.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';

foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $natter_key) {
	define($natter_key, hash('sha256', $natter_key . getenv('NATTER_WP_SALT')));
}

$natter_url = (string) (getenv('NATTER_WP_URL') ?: 'http://127.0.0.1');
define('WP_HOME', $natter_url);
define('WP_SITEURL', $natter_url);
define('WP_CONTENT_DIR', $natter_state . '/wp-content');
define('WP_CONTENT_URL', $natter_url . '/wp-content');
define('WPMU_PLUGIN_DIR', __DIR__ . '/mu-plugins');

// A test site: no cron, no updates, no calls to the outside world.
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
// Every notice, warning and deprecation is logged to STATE/debug.log (the
// plugin suite reads it), and never printed into a page or a REST answer.
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', $natter_state . '/debug.log');
