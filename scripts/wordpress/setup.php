<?php
/**
 * Run by start.sh with PHP's CLI, against an empty database:
 *   php setup.php install   installs WordPress and sets the discussion options
 *   php setup.php seed      adds the demo post and its discussion, prints JSON
 */

$natter_mode = $argv[1] ?? '';
if (!in_array($natter_mode, ['install', 'seed'], true)) {
	fwrite(STDERR, "usage: php setup.php install|seed\n");
	exit(2);
}

$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';

if ($natter_mode === 'install') {
	define('WP_INSTALLING', true);
}
require __DIR__ . '/site-config.php';
require ABSPATH . 'wp-settings.php';

if ($natter_mode === 'install') {
	// No mail server here: skip the "your new site" email.
	function wp_new_blog_notification() {
	}
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$result = wp_install('Natter test site', 'natter-admin', 'admin@example.test', false, '', wp_generate_password(24));
	if (is_wp_error($result)) {
		fwrite(STDERR, $result->get_error_message() . "\n");
		exit(1);
	}
	$options = [
		// WordPress's defaults for visitors, kept on purpose.
		'require_name_email' => 1,
		'comment_registration' => 0,
		'thread_comments' => 1,
		'thread_comments_depth' => 5,
		// A new visitor's comment appears at once; tests hold one on purpose.
		'comment_moderation' => 0,
		'comment_previously_approved' => 0,
		'comments_notify' => 0,
		'moderation_notify' => 0,
		'close_comments_for_old_posts' => 0,
		'default_comment_status' => 'open',
		// Not UTC, so a mix-up between `date` and `date_gmt` shows in tests.
		'timezone_string' => 'Pacific/Auckland',
		'permalink_structure' => '/%postname%/',
	];
	foreach ($options as $name => $value) {
		update_option($name, $value);
	}
	flush_rewrite_rules(false);
	exit(0);
}

// seed: a post with a discussion three levels deep and one held comment.
$natter_request = new WP_REST_Request('POST', '/natter-test/v1/threads');
$natter_request->set_param('title', 'Notes from the harbour walk');
$natter_request->set_param('comments', [
	['key' => 'fog', 'author_name' => 'Mira Okafor', 'author_email' => 'mira@example.test', 'date_gmt' => '2024-03-01 09:00:00',
		'content' => 'The fog this morning made the cranes look like giraffes.'],
	['key' => 'giraffes', 'parent' => 'fog', 'author_name' => 'Tomás & Ana', 'author_email' => 'ta@example.test', 'author_url' => 'https://example.com/tomas-ana', 'date_gmt' => '2024-03-01 10:30:00',
		'content' => "<em>Exactly</em> what we thought, standing on the pier."],
	['key' => 'thermos', 'parent' => 'giraffes', 'author_name' => 'Mira Okafor', 'author_email' => 'mira@example.test', 'date_gmt' => '2024-03-01 11:15:00',
		'content' => 'Next time bring a thermos, it was freezing.'],
	['key' => 'gallery', 'author_name' => 'Jun Park', 'author_email' => 'jun@example.test', 'date_gmt' => '2024-03-02 08:00:00',
		'content' => 'Photos are up: <a href="https://example.com/harbour">the gallery</a>.'],
	['key' => 'held', 'author_name' => 'Quiet Reader', 'author_email' => 'quiet@held.natter.test', 'date_gmt' => '2024-03-02 09:00:00', 'status' => 'hold',
		'content' => 'This one waits for a moderator.'],
]);
$natter_response = natter_test_create_thread($natter_request);
if (is_wp_error($natter_response)) {
	fwrite(STDERR, $natter_response->get_error_message() . "\n");
	exit(1);
}
echo wp_json_encode($natter_response->get_data()), "\n";
