<?php
/**
 * Test-only route: the WordPress export (WXR) of one post, made by
 * WordPress's own export_wp() as Tools → Export makes it. The post is put in
 * a category of its own first, the one filter export_wp() offers that
 * narrows the export to it. Guarded by the seed token like the seed API.
 */

if (!defined('ABSPATH')) {
	exit;
}

function natter_test_export_post(WP_REST_Request $request) {
	$post = get_post((int) $request['id']);
	if (!$post) {
		return new WP_Error('natter_test_no_post', 'No such post', ['status' => 404]);
	}
	$term = wp_insert_term('natter-export-' . $post->ID, 'category');
	if (is_wp_error($term)) {
		$term = term_exists('natter-export-' . $post->ID, 'category');
	}
	wp_set_post_categories($post->ID, [(int) $term['term_id']], true);
	require_once ABSPATH . 'wp-admin/includes/export.php';
	ob_start();
	export_wp(['content' => 'post', 'category' => (int) $term['term_id']]);
	$wxr = ob_get_clean();
	// export_wp() sends download headers; this answer is JSON.
	header_remove('Content-Disposition');
	header_remove('Content-Description');
	header('Content-Type: application/json; charset=UTF-8');
	return ['wxr' => $wxr];
}

add_action('rest_api_init', function () {
	if ((string) getenv('NATTER_WP_SEED_TOKEN') === '') {
		return;
	}
	register_rest_route('natter-test/v1', '/threads/(?P<id>\d+)/export', [
		'methods' => 'POST',
		'callback' => 'natter_test_export_post',
		'permission_callback' => 'natter_test_token_ok',
	]);
});
