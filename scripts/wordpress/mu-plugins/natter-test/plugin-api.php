<?php
/**
 * Test-only routes for the WordPress plugin's suite, behind the same seed
 * token: install an archive the way Plugins → Add New → Upload does
 * (Plugin_Upgrader), activate and deactivate through WordPress's own
 * functions, sign a user in (the cookie wp_set_auth_cookie would set), and
 * read a post's rows of the comments table.
 */

if (!defined('ABSPATH')) {
	exit;
}

function natter_test_admin_includes() {
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	require_once ABSPATH . 'wp-admin/includes/file.php';
	require_once ABSPATH . 'wp-admin/includes/misc.php';
	require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
}

function natter_test_install_plugin(WP_REST_Request $request) {
	natter_test_admin_includes();
	$zip = (string) $request['zip'];
	if (!is_file($zip) || !str_ends_with($zip, '.zip')) {
		return new WP_Error('natter_test_zip', 'No such archive: ' . $zip, ['status' => 400]);
	}
	add_filter('filesystem_method', function () {
		return 'direct';
	});
	$skin = new WP_Ajax_Upgrader_Skin();
	$upgrader = new Plugin_Upgrader($skin);
	$result = $upgrader->install($zip, ['overwrite_package' => true]);
	if ($result !== true) {
		$errors = $skin->get_error_messages();
		return new WP_Error('natter_test_install', $errors ?: 'install failed', ['status' => 500]);
	}
	return ['plugin' => $upgrader->plugin_info()];
}

function natter_test_toggle_plugin(WP_REST_Request $request) {
	natter_test_admin_includes();
	$plugin = (string) $request['plugin'];
	if ($request['active']) {
		$result = activate_plugin($plugin);
		if (is_wp_error($result)) {
			$result->add_data(['status' => 400]);
			return $result;
		}
	} else {
		deactivate_plugins($plugin);
	}
	return ['plugin' => $plugin, 'active' => is_plugin_active($plugin)];
}

/** The logged-in cookie a sign-in through wp-login.php would set. */
function natter_test_sign_in(WP_REST_Request $request) {
	$user = get_user_by('login', (string) $request['login']);
	if (!$user) {
		return new WP_Error('natter_test_user', 'No such user', ['status' => 400]);
	}
	$expiration = time() + HOUR_IN_SECONDS;
	$token = WP_Session_Tokens::get_instance($user->ID)->create($expiration);
	return [
		'id' => $user->ID,
		'name' => LOGGED_IN_COOKIE,
		'value' => wp_generate_auth_cookie($user->ID, $expiration, 'logged_in', $token),
	];
}

function natter_test_comment_rows(WP_REST_Request $request) {
	global $wpdb;
	return $wpdb->get_results($wpdb->prepare(
		"SELECT comment_ID, comment_parent, comment_author, comment_content, comment_approved, user_id FROM {$wpdb->comments} WHERE comment_post_ID = %d ORDER BY comment_ID",
		(int) $request['post']
	), ARRAY_A);
}

/** An option as stored. */
function natter_test_option(WP_REST_Request $request) {
	return ['value' => get_option((string) $request['name'], null)];
}

add_action('rest_api_init', function () {
	if ((string) getenv('NATTER_WP_SEED_TOKEN') === '') {
		return;
	}
	$routes = [
		'/plugins/install' => ['POST', 'natter_test_install_plugin'],
		'/plugins/state' => ['POST', 'natter_test_toggle_plugin'],
		'/sign-in' => ['POST', 'natter_test_sign_in'],
		'/comment-rows' => ['POST', 'natter_test_comment_rows'],
		'/option' => ['POST', 'natter_test_option'],
	];
	foreach ($routes as $route => [$method, $callback]) {
		register_rest_route('natter-test/v1', $route, [
			'methods' => $method,
			'callback' => $callback,
			'permission_callback' => 'natter_test_token_ok',
		]);
	}
});
