<?php
/**
 * Router for PHP's built-in web server (php -S) serving the private test
 * site: static files from Debian's WordPress as they are, everything else
 * through WordPress with the test site's configuration. Only the REST API
 * (/wp-json/...) is of interest; other pages answer 404.
 */

define('ABSPATH', '/usr/share/wordpress/');

$natter_path = (string) parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH);
if ($natter_path !== '/' && !str_ends_with($natter_path, '.php') && is_file(ABSPATH . ltrim($natter_path, '/'))) {
	return false;
}

// WordPress reads the script name to tell the permalink apart from index.php.
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = ABSPATH . 'index.php';

define('WP_USE_THEMES', false);
require __DIR__ . '/site-config.php';
require ABSPATH . 'wp-settings.php';

// wp() answers REST requests itself and exits; anything else is not served.
wp();
status_header(404);
header('Content-Type: text/plain; charset=utf-8');
echo "Not found. This test site serves only the REST API under /wp-json/.\n";
