<?php
/**
 * Settings → Natter. The form posts to options.php, which checks the nonce
 * that settings_fields() prints and the manage_options capability before
 * natter_comments_sanitize_settings() sees anything.
 *
 * @package NatterComments
 */

if (!defined('ABSPATH')) {
	exit;
}

add_action('admin_menu', function () {
	add_options_page(
		__('Natter comments', 'natter-comments'),
		__('Natter', 'natter-comments'),
		'manage_options',
		'natter-comments',
		'natter_comments_settings_page'
	);
});

add_filter('plugin_action_links_' . plugin_basename(NATTER_COMMENTS_FILE), function ($links) {
	$url = admin_url('options-general.php?page=natter-comments');
	array_unshift($links, '<a href="' . esc_url($url) . '">' . esc_html__('Settings', 'natter-comments') . '</a>');
	return $links;
});

/** One labelled field of the form. */
function natter_comments_field($name, $label, $control, $help = '') {
	echo '<tr><th scope="row"><label for="natter-' . esc_attr($name) . '">' . esc_html($label) . '</label></th><td>';
	echo $control; // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts below.
	if ($help !== '') {
		echo '<p class="description">' . esc_html($help) . '</p>';
	}
	echo '</td></tr>';
}

function natter_comments_select($name, $value, $choices) {
	$html = '<select id="natter-' . esc_attr($name) . '" name="' . esc_attr(NATTER_COMMENTS_OPTION . '[' . $name . ']') . '">';
	foreach ($choices as $key => $label) {
		$html .= '<option value="' . esc_attr($key) . '"' . selected($value, $key, false) . '>' . esc_html($label) . '</option>';
	}
	return $html . '</select>';
}

function natter_comments_number($name, $value, $min, $max) {
	return '<input type="number" class="small-text" id="natter-' . esc_attr($name) . '" name="' . esc_attr(NATTER_COMMENTS_OPTION . '[' . $name . ']') . '" value="' . esc_attr((string) $value) . '" min="' . esc_attr((string) $min) . '" max="' . esc_attr((string) $max) . '">';
}

function natter_comments_settings_page() {
	if (!current_user_can('manage_options')) {
		wp_die(esc_html__('You are not allowed to change these settings.', 'natter-comments'), 403);
	}
	$s = natter_comments_settings();
	$site_depth = get_option('thread_comments') ? (int) get_option('thread_comments_depth') : 1;
	echo '<div class="wrap"><h1>' . esc_html__('Natter comments', 'natter-comments') . '</h1>';
	settings_errors(NATTER_COMMENTS_OPTION);
	echo '<form method="post" action="' . esc_url(admin_url('options.php')) . '">';
	settings_fields('natter_comments');
	echo '<table class="form-table" role="presentation">';
	natter_comments_field('theme', __('Theme', 'natter-comments'), natter_comments_select('theme', $s['theme'], [
		'auto' => __('Follow the reader’s system (auto)', 'natter-comments'),
		'light' => __('Light', 'natter-comments'),
		'dark' => __('Dark', 'natter-comments'),
	]));
	natter_comments_field(
		'max_depth',
		__('Reply depth', 'natter-comments'),
		natter_comments_number('max_depth', $s['max_depth'], 0, 10),
		/* translators: %d: the threaded comments depth of Settings → Discussion. */
		sprintf(__('0 follows Settings → Discussion (now %d levels). Deeper replies are shown at the last level.', 'natter-comments'), $site_depth)
	);
	natter_comments_field('page_size', __('Comments per page', 'natter-comments'), natter_comments_number('page_size', $s['page_size'], 1, 100));
	natter_comments_field('source', __('Load the widget from', 'natter-comments'), natter_comments_select('source', $s['source'], [
		'bundled' => __('This site (the files in the plugin)', 'natter-comments'),
		'cdn' => __('A CDN (the address below)', 'natter-comments'),
	]));
	natter_comments_field(
		'cdn_url',
		__('CDN address', 'natter-comments'),
		'<input type="url" class="regular-text code" id="natter-cdn_url" name="' . esc_attr(NATTER_COMMENTS_OPTION . '[cdn_url]') . '" value="' . esc_attr($s['cdn_url']) . '">',
		__('Used only when the widget is loaded from a CDN. Must start with https://.', 'natter-comments')
	);
	echo '</table>';
	submit_button();
	echo '</form></div>';
}
