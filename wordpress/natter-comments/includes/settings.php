<?php
/**
 * The plugin's one option, its defaults and how a submitted value is cleaned.
 *
 * @package NatterComments
 */

if (!defined('ABSPATH')) {
	exit;
}

const NATTER_COMMENTS_OPTION = 'natter_comments_settings';

/** Where the widget's script comes from when the owner picks a CDN. */
function natter_comments_default_cdn_url() {
	return 'https://cdn.jsdelivr.net/npm/natter@' . NATTER_COMMENTS_VERSION . '/dist/natter.js';
}

/**
 * Stored settings merged over the defaults. A reply depth of 0 follows
 * Settings → Discussion.
 *
 * @return array{theme: string, max_depth: int, page_size: int, source: string, cdn_url: string}
 */
function natter_comments_settings() {
	$defaults = [
		'theme' => 'auto',
		'max_depth' => 0,
		'page_size' => 20,
		'source' => 'bundled',
		'cdn_url' => natter_comments_default_cdn_url(),
	];
	$stored = get_option(NATTER_COMMENTS_OPTION, []);
	return array_merge($defaults, is_array($stored) ? array_intersect_key($stored, $defaults) : []);
}

/** The reply depth readers get: the plugin's own, else the site's threaded comments depth. */
function natter_comments_max_depth() {
	$depth = (int) natter_comments_settings()['max_depth'];
	if ($depth > 0) {
		return $depth;
	}
	return get_option('thread_comments') ? max(1, (int) get_option('thread_comments_depth', 5)) : 1;
}

/**
 * Cleans what the settings form sent. Anything out of range falls back to
 * the current value and says so, so nothing the owner typed is silently lost.
 *
 * @param mixed $input The submitted option.
 * @return array
 */
function natter_comments_sanitize_settings($input) {
	$current = natter_comments_settings();
	$input = is_array($input) ? $input : [];
	$clean = $current;

	$theme = sanitize_key($input['theme'] ?? $current['theme']);
	$clean['theme'] = in_array($theme, ['light', 'dark', 'auto'], true) ? $theme : 'auto';

	$depth = isset($input['max_depth']) ? (int) $input['max_depth'] : $current['max_depth'];
	if ($depth < 0 || $depth > 10) {
		add_settings_error(NATTER_COMMENTS_OPTION, 'max_depth', __('Reply depth must be between 0 and 10.', 'natter-comments'));
	} else {
		$clean['max_depth'] = $depth;
	}

	$size = isset($input['page_size']) ? (int) $input['page_size'] : $current['page_size'];
	if ($size < 1 || $size > 100) {
		add_settings_error(NATTER_COMMENTS_OPTION, 'page_size', __('Comments per page must be between 1 and 100.', 'natter-comments'));
	} else {
		$clean['page_size'] = $size;
	}

	$source = sanitize_key($input['source'] ?? $current['source']);
	$clean['source'] = $source === 'cdn' ? 'cdn' : 'bundled';

	$url = trim((string) ($input['cdn_url'] ?? $current['cdn_url']));
	$clean_url = esc_url_raw($url, ['https']);
	if ($url === '' || $clean_url === '') {
		if ($clean['source'] === 'cdn') {
			add_settings_error(NATTER_COMMENTS_OPTION, 'cdn_url', __('The CDN address must start with https://. The bundled widget is used until it does.', 'natter-comments'));
			$clean['source'] = 'bundled';
		}
	} else {
		$clean['cdn_url'] = $clean_url;
	}
	return $clean;
}

add_action('init', function () {
	register_setting('natter_comments', NATTER_COMMENTS_OPTION, [
		'type' => 'object',
		'sanitize_callback' => 'natter_comments_sanitize_settings',
		'show_in_rest' => false,
		'default' => [],
	]);
});
