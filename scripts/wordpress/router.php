<?php
/**
 * Router for PHP's built-in web server (php -S) serving the private test
 * site: static files from Debian's WordPress and from the site's own
 * wp-content (installed plugins) as they are, everything else through
 * WordPress with the test site's configuration: the REST API under
 * /wp-json/, pages rendered by the active theme, wp-admin and wp-login.php.
 */

$natter_path = (string) parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH);
if ($natter_path !== '/' && !str_ends_with($natter_path, '.php') && is_file('/usr/share/wordpress/' . ltrim($natter_path, '/'))) {
	return false;
}

// wp-admin's scripts and wp-login.php load wp-load.php, which reads ABSPATH/wp-config.php:
// start.sh mirrors WordPress as links in STATE/root with the test site's
// own wp-config.php there, so Debian's (and /etc/wordpress) is never read.
if ($natter_path === '/wp-login.php' || $natter_path === '/wp-admin' || str_starts_with($natter_path, '/wp-admin/')) {
	$natter_root = getenv('NATTER_WP_STATE') . '/root/';
	$natter_script = rtrim($natter_path, '/');
	if (!str_ends_with($natter_script, '.php')) {
		$natter_script .= '/index.php';
	}
	if (str_contains($natter_script, '..') || !is_file($natter_root . ltrim($natter_script, '/'))) {
		http_response_code(404);
		exit("Not found.\n");
	}
	define('ABSPATH', $natter_root);
	$_SERVER['SCRIPT_NAME'] = $natter_script;
	$_SERVER['PHP_SELF'] = $natter_script;
	$_SERVER['SCRIPT_FILENAME'] = $natter_root . ltrim($natter_script, '/');
	chdir(dirname($_SERVER['SCRIPT_FILENAME']));
	require $_SERVER['SCRIPT_FILENAME'];
	return true;
}

define('ABSPATH', '/usr/share/wordpress/');

const NATTER_STATIC_TYPES = [
	'js' => 'text/javascript; charset=utf-8',
	'css' => 'text/css; charset=utf-8',
	'json' => 'application/json',
	'svg' => 'image/svg+xml',
	'png' => 'image/png',
	'txt' => 'text/plain; charset=utf-8',
];

// A plugin's own files live in the state folder's wp-content, outside the docroot.
if (str_starts_with($natter_path, '/wp-content/')) {
	$natter_content = realpath(getenv('NATTER_WP_STATE') . '/wp-content');
	$natter_file = $natter_content ? realpath($natter_content . substr($natter_path, strlen('/wp-content'))) : false;
	$natter_type = NATTER_STATIC_TYPES[strtolower(pathinfo($natter_path, PATHINFO_EXTENSION))] ?? null;
	if ($natter_file && $natter_type && is_file($natter_file) && str_starts_with($natter_file, $natter_content . '/')) {
		header('Content-Type: ' . $natter_type);
		header('Content-Length: ' . filesize($natter_file));
		readfile($natter_file);
		return true;
	}
}

// WordPress reads the script name to tell the permalink apart from index.php.
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = ABSPATH . 'index.php';

// What index.php and wp-blog-header.php do, without Debian's wp-config.php.
define('WP_USE_THEMES', true);
require __DIR__ . '/site-config.php';
require ABSPATH . 'wp-settings.php';
wp();
require ABSPATH . WPINC . '/template-loader.php';
