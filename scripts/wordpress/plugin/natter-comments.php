<?php
/**
 * Plugin Name: Natter comments
 * Description: Lets the Natter widget post comments through the REST API without a WordPress login, the same way the theme's comment form does.
 * Version: 1.0.0
 * License: MIT
 *
 * Drop this file into wp-content/mu-plugins/ (it then runs on every request
 * without activation) or into wp-content/plugins/ and activate it.
 *
 * Everything else the widget needs is core WordPress: reading comments is
 * public, and the Discussion settings (name and email required, moderation,
 * closing comments) apply to comments posted through the REST API too.
 */

if (!defined('ABSPATH')) {
	exit;
}

// Core WordPress refuses REST comments from visitors who are not logged in
// unless a plugin opts in. The regular comment form has no such rule, so
// opting in gives REST visitors the same rights as form visitors.
add_filter('rest_allow_anonymous_comments', '__return_true');

/**
 * Core answers REST requests from any origin. A site that wants only its own
 * pages to call the API defines NATTER_ALLOWED_ORIGINS in wp-config.php, for
 * example: define('NATTER_ALLOWED_ORIGINS', 'https://blog.example.com');
 * (several origins separated by spaces or commas).
 */
function natter_allowed_origins() {
	if (!defined('NATTER_ALLOWED_ORIGINS')) {
		return null;
	}
	$list = preg_split('/[\s,]+/', (string) NATTER_ALLOWED_ORIGINS, -1, PREG_SPLIT_NO_EMPTY);
	return array_map(function ($origin) {
		return rtrim(strtolower($origin), '/');
	}, $list);
}

function natter_send_cors_headers($value) {
	$origin = get_http_origin();
	header('Vary: Origin', false);
	if ($origin && in_array(strtolower($origin), natter_allowed_origins(), true)) {
		header('Access-Control-Allow-Origin: ' . $origin);
		header('Access-Control-Allow-Methods: OPTIONS, GET, POST');
	}
	return $value;
}

add_action('rest_api_init', function () {
	if (natter_allowed_origins() === null) {
		return;
	}
	remove_filter('rest_pre_serve_request', 'rest_send_cors_headers');
	add_filter('rest_pre_serve_request', 'natter_send_cors_headers');
}, 15);
