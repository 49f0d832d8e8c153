<?php
/**
 * The seed API of the test site: tests make a fresh post (optionally with
 * comments in given states and at given times), change its discussion
 * settings, moderate a comment, or delete the post. Every route needs the
 * X-Natter-Seed-Token header to match the token the site was started with;
 * without a token the routes are not registered at all.
 */

if (!defined('ABSPATH')) {
	exit;
}

function natter_test_token_ok(WP_REST_Request $request) {
	$token = (string) getenv('NATTER_WP_SEED_TOKEN');
	$given = (string) $request->get_header('x-natter-seed-token');
	return $token !== '' && hash_equals($token, $given);
}

const NATTER_TEST_STATUSES = ['approved' => 1, 'hold' => 0, 'spam' => 'spam', 'trash' => 'trash'];

/** Inserts one seeded comment the way a posted one is stored (filters included). */
function natter_test_insert_comment(int $post, array $spec, array $ids) {
	$parent = $spec['parent'] ?? 0;
	if (is_string($parent) && isset($ids[$parent])) {
		$parent = $ids[$parent];
	}
	$gmt = isset($spec['date_gmt'])
		? gmdate('Y-m-d H:i:s', strtotime($spec['date_gmt'] . ' UTC'))
		: current_time('mysql', true);
	$status = NATTER_TEST_STATUSES[$spec['status'] ?? 'approved'] ?? null;
	if ($status === null) {
		return new WP_Error('natter_test_status', 'Unknown status', ['status' => 400]);
	}
	// Slashed before the filters, as WordPress does for posted comments.
	$data = wp_filter_comment(wp_slash([
		'comment_post_ID' => $post,
		'comment_parent' => (int) $parent,
		'comment_author' => (string) ($spec['author_name'] ?? 'Seeded reader'),
		'comment_author_email' => (string) ($spec['author_email'] ?? 'reader@example.test'),
		'comment_author_url' => (string) ($spec['author_url'] ?? ''),
		'comment_author_IP' => '127.0.0.1',
		'comment_agent' => 'natter-test-seed',
		'comment_content' => (string) ($spec['content'] ?? ''),
		'comment_type' => 'comment',
		'user_id' => 0,
	]));
	$data['comment_date_gmt'] = $gmt;
	$data['comment_date'] = get_date_from_gmt($gmt);
	$data['comment_approved'] = $status;
	return wp_insert_comment($data);
}

function natter_test_create_thread(WP_REST_Request $request) {
	$post = wp_insert_post([
		'post_title' => (string) ($request['title'] ?? 'A fresh test thread'),
		'post_content' => 'Seeded by the Natter tests.',
		'post_status' => 'publish',
		'post_type' => 'post',
		'comment_status' => $request['comment_status'] === 'closed' ? 'closed' : 'open',
	], true);
	if (is_wp_error($post)) {
		return $post;
	}
	$ids = [];
	foreach ((array) ($request['comments'] ?? []) as $index => $spec) {
		$id = natter_test_insert_comment($post, (array) $spec, $ids);
		if (is_wp_error($id) || !$id) {
			return is_wp_error($id) ? $id : new WP_Error('natter_test_insert', 'Insert failed', ['status' => 500]);
		}
		$ids[(string) ($spec['key'] ?? $index)] = $id;
	}
	return new WP_REST_Response(['post' => $post, 'comments' => (object) $ids], 201);
}

function natter_test_update_thread(WP_REST_Request $request) {
	$post = get_post((int) $request['id']);
	if (!$post) {
		return new WP_Error('natter_test_no_post', 'No such post', ['status' => 404]);
	}
	if (isset($request['comment_status'])) {
		wp_update_post(['ID' => $post->ID, 'comment_status' => $request['comment_status'] === 'closed' ? 'closed' : 'open']);
	}
	if (!empty($request['hold_next'])) {
		update_post_meta($post->ID, NATTER_TEST_HOLD_NEXT, '1');
	}
	return ['post' => $post->ID];
}

function natter_test_delete_thread(WP_REST_Request $request) {
	$deleted = wp_delete_post((int) $request['id'], true);
	return ['deleted' => (bool) $deleted];
}

function natter_test_moderate(WP_REST_Request $request) {
	$map = ['approved' => 'approve', 'hold' => 'hold', 'spam' => 'spam', 'trash' => 'trash'];
	$status = $map[(string) $request['status']] ?? null;
	if (!$status || !get_comment((int) $request['id'])) {
		return new WP_Error('natter_test_moderate', 'Unknown comment or status', ['status' => 400]);
	}
	wp_set_comment_status((int) $request['id'], $status);
	return ['comment' => (int) $request['id'], 'status' => $request['status']];
}

add_action('rest_api_init', function () {
	if ((string) getenv('NATTER_WP_SEED_TOKEN') === '') {
		return;
	}
	$guard = ['permission_callback' => 'natter_test_token_ok'];
	register_rest_route('natter-test/v1', '/threads', $guard + [
		'methods' => 'POST',
		'callback' => 'natter_test_create_thread',
	]);
	register_rest_route('natter-test/v1', '/threads/(?P<id>\d+)', $guard + [
		'methods' => 'POST',
		'callback' => 'natter_test_update_thread',
	]);
	// POST, not DELETE: the site's CORS rules allow the methods the widget uses.
	register_rest_route('natter-test/v1', '/threads/(?P<id>\d+)/delete', $guard + [
		'methods' => 'POST',
		'callback' => 'natter_test_delete_thread',
	]);
	register_rest_route('natter-test/v1', '/comments/(?P<id>\d+)', $guard + [
		'methods' => 'POST',
		'callback' => 'natter_test_moderate',
	]);
});
