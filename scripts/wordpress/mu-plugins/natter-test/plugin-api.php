<?php
/**
 * Test-only routes for the WordPress plugin's suite, behind the same seed
 * token: install an archive the way Plugins → Add New → Upload does
 * (Plugin_Upgrader), activate and deactivate through WordPress's own
 * functions, make a user to sign in with, make a page, switch themes, read a post's rows
 * of the comments table and an option as stored.
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

/** Runs an inactive plugin's uninstall, as Plugins → Delete does before removing its files. */
function natter_test_uninstall_plugin(WP_REST_Request $request) {
	natter_test_admin_includes();
	$plugin = (string) $request['plugin'];
	if (is_plugin_active($plugin) || !is_uninstallable_plugin($plugin)) {
		return new WP_Error('natter_test_uninstall', 'Not an inactive, uninstallable plugin', ['status' => 400]);
	}
	uninstall_plugin($plugin);
	return ['uninstalled' => $plugin];
}

/** A user with the given role and password, made or reset, to sign in through wp-login.php. */
function natter_test_user(WP_REST_Request $request) {
	$login = sanitize_user((string) $request['login']);
	$role = (string) $request['role'];
	if ($login === '' || !get_role($role)) {
		return new WP_Error('natter_test_user', 'A login and a known role are needed', ['status' => 400]);
	}
	$fields = [
		'user_login' => $login,
		'user_pass' => (string) $request['password'],
		'user_email' => $login . '@example.test',
		'display_name' => (string) ($request['display_name'] ?? $login),
		'role' => $role,
	];
	$existing = get_user_by('login', $login);
	if ($existing) {
		$fields['ID'] = $existing->ID;
	}
	$id = $existing ? wp_update_user($fields) : wp_insert_user($fields);
	return is_wp_error($id) ? $id : ['id' => $id];
}

function natter_test_comment_rows(WP_REST_Request $request) {
	global $wpdb;
	return $wpdb->get_results($wpdb->prepare(
		"SELECT comment_ID, comment_parent, comment_author, comment_content, comment_approved, user_id FROM {$wpdb->comments} WHERE comment_post_ID = %d ORDER BY comment_ID",
		(int) $request['post']
	), ARRAY_A);
}

/** A published page with the given block markup or shortcodes. */
function natter_test_page(WP_REST_Request $request) {
	$id = wp_insert_post([
		'post_title' => (string) ($request['title'] ?? 'A test page'),
		'post_content' => (string) $request['content'],
		'post_status' => 'publish',
		'post_type' => 'page',
		'comment_status' => 'closed',
	], true);
	return is_wp_error($id) ? $id : ['id' => $id];
}

/** Switches to an installed theme; answers the active one. */
function natter_test_theme(WP_REST_Request $request) {
	$theme = wp_get_theme((string) $request['stylesheet']);
	if (!$theme->exists()) {
		return new WP_Error('natter_test_theme', 'No such theme', ['status' => 400]);
	}
	switch_theme($theme->get_stylesheet());
	return ['active' => get_stylesheet()];
}

/** An option as stored; `delete` removes it, to leave the site as it was; `value` sets it. */
function natter_test_option(WP_REST_Request $request) {
	$name = (string) $request['name'];
	if ($request['delete']) {
		delete_option($name);
	} elseif ($request->has_param('value')) {
		update_option($name, $request['value']);
	}
	return ['value' => get_option($name, null)];
}

add_action('rest_api_init', function () {
	if ((string) getenv('NATTER_WP_SEED_TOKEN') === '') {
		return;
	}
	$routes = [
		'/plugins/install' => ['POST', 'natter_test_install_plugin'],
		'/plugins/state' => ['POST', 'natter_test_toggle_plugin'],
		'/plugins/uninstall' => ['POST', 'natter_test_uninstall_plugin'],
		'/users' => ['POST', 'natter_test_user'],
		'/comment-rows' => ['POST', 'natter_test_comment_rows'],
		'/option' => ['POST', 'natter_test_option'],
		'/pages' => ['POST', 'natter_test_page'],
		'/theme' => ['POST', 'natter_test_theme'],
	];
	foreach ($routes as $route => [$method, $callback]) {
		register_rest_route('natter-test/v1', $route, [
			'methods' => $method,
			'callback' => $callback,
			'permission_callback' => 'natter_test_token_ok',
		]);
	}
});
