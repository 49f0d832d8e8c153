<?php
/**
 * Plugin Name: Natter test site
 * Description: Test-only settings for the private WordPress that Natter's tests run against. Never install on a real site.
 *
 * It loads the plugin site owners install (so the tests exercise it), turns
 * off the flood check that would make quick test posts collide, lets tests
 * hold a comment for moderation on purpose, and adds a small seed API,
 * guarded by a per-run random token, that makes a fresh post per test.
 */

if (!defined('ABSPATH')) {
	exit;
}

if (!defined('NATTER_ALLOWED_ORIGINS')) {
	// The browser tests' pages come from a loopback port chosen at run time:
	// allow that origin, and no page from anywhere else.
	$natter_origin = (string) ($_SERVER['HTTP_ORIGIN'] ?? '');
	$natter_loopback = preg_match('#^http://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$#', $natter_origin) === 1;
	define('NATTER_ALLOWED_ORIGINS', $natter_loopback ? $natter_origin : (string) getenv('NATTER_WP_ALLOWED_ORIGINS'));
}
require_once dirname(__DIR__) . '/plugin/natter-comments.php';

// WordPress allows one comment per 15 s per IP or email; tests post faster.
remove_filter('wp_is_comment_flood', 'wp_check_comment_flood', 10);
remove_action('check_comment_flood', 'check_comment_flood_db', 10);
add_filter('wp_is_comment_flood', '__return_false', 99);

/** Comments from this address are always held, as a moderator would. */
const NATTER_TEST_HELD_EMAIL_DOMAIN = '@held.natter.test';
/** Post meta that holds the next comment posted on that post. */
const NATTER_TEST_HOLD_NEXT = '_natter_hold_next';

add_filter('pre_comment_approved', function ($approved, $data) {
	if (is_wp_error($approved)) {
		return $approved;
	}
	$email = strtolower((string) ($data['comment_author_email'] ?? ''));
	if (str_ends_with($email, NATTER_TEST_HELD_EMAIL_DOMAIN)) {
		return 0;
	}
	$post = (int) ($data['comment_post_ID'] ?? 0);
	if ($post && get_post_meta($post, NATTER_TEST_HOLD_NEXT, true)) {
		delete_post_meta($post, NATTER_TEST_HOLD_NEXT);
		return 0;
	}
	return $approved;
}, 20, 2);

add_filter('rest_allowed_cors_headers', function ($headers) {
	$headers[] = 'X-Natter-Seed-Token';
	return $headers;
});

// In a subfolder so that WordPress does not load it as a plugin of its own.
require_once __DIR__ . '/natter-test/seed-api.php';
require_once __DIR__ . '/natter-test/plugin-api.php';
require_once __DIR__ . '/natter-test/export-api.php';
