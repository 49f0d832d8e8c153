<?php
/**
 * Natter in place of the theme's comments: the comments_template filter for
 * classic themes and the Comments block's output for block themes. Nothing
 * else of the theme changes.
 *
 * @package NatterComments
 */

if (!defined('ABSPATH')) {
	exit;
}

/** The REST root without its trailing slash, as the widget's endpoint. */
function natter_comments_endpoint() {
	return untrailingslashit(rest_url());
}

/** get_locale() as a BCP 47 tag for the widget's `lang` (de_DE_formal → de-DE). */
function natter_comments_lang() {
	if (preg_match('/^([a-z]{2,3})(?:_([A-Z]{2}|[0-9]{3}))?/', get_locale(), $m)) {
		return isset($m[2]) ? $m[1] . '-' . $m[2] : $m[1];
	}
	return 'en';
}

/** Whether a post gets Natter: comments open, or comments to show. */
function natter_comments_applies($post) {
	$post = get_post($post);
	$applies = $post instanceof WP_Post
		&& post_type_supports($post->post_type, 'comments')
		&& !post_password_required($post)
		&& (comments_open($post) || get_comments_number($post) > 0);
	/** Filters whether Natter replaces the theme's comments on a post. */
	return (bool) apply_filters('natter_comments_applies', $applies, $post);
}

function natter_comments_script_url() {
	$s = natter_comments_settings();
	return $s['source'] === 'cdn' ? $s['cdn_url'] : plugins_url('widget/natter.js', NATTER_COMMENTS_FILE);
}

/**
 * Queues the widget (a module) for the footer. A signed-in reader also gets
 * core's wpApiSettings (the REST root and a nonce), which the widget sends
 * with its requests so that WordPress knows who is commenting.
 */
function natter_comments_enqueue() {
	$deps = is_user_logged_in() ? ['wp-api-request'] : [];
	wp_enqueue_script('natter-comments', natter_comments_script_url(), $deps, NATTER_COMMENTS_VERSION, true);
	if (is_user_logged_in()) {
		wp_enqueue_script('natter-comments-user', plugins_url('assets/signed-in.js', NATTER_COMMENTS_FILE), ['natter-comments'], NATTER_COMMENTS_VERSION, true);
	}
}

add_filter('script_loader_tag', function ($tag, $handle) {
	if ($handle !== 'natter-comments' && $handle !== 'natter-comments-user') {
		return $tag;
	}
	$tag = preg_replace('/\stype=(["\'])[^"\']*\1/', '', $tag);
	return preg_replace('/<script\s/', '<script type="module" ', $tag, 1);
}, 10, 2);

/** The section for one post; `#comments` stays a valid link target. */
function natter_comments_markup($post_id) {
	natter_comments_enqueue();
	$s = natter_comments_settings();
	$attributes = [
		'adapter' => 'wordpress',
		'endpoint' => natter_comments_endpoint(),
		'thread' => (string) (int) $post_id,
		'lang' => natter_comments_lang(),
		'theme' => $s['theme'],
		'max-depth' => (string) natter_comments_max_depth(),
		'page-size' => (string) (int) $s['page_size'],
	];
	$user = wp_get_current_user();
	if ($user->exists()) {
		// Read by assets/signed-in.js; only ever printed for that reader.
		$attributes['data-wp-user'] = wp_json_encode([
			'name' => $user->display_name,
			'email' => $user->user_email,
			'url' => $user->user_url,
		]);
	}
	$html = '';
	foreach ($attributes as $name => $value) {
		$html .= ' ' . $name . '="' . esc_attr($value) . '"';
	}
	return '<div id="comments" class="natter-comments-area"><natter-comments' . $html . '></natter-comments></div>';
}

add_filter('comments_template', function ($file) {
	return natter_comments_applies(get_post()) ? NATTER_COMMENTS_DIR . 'templates/comments.php' : $file;
}, 20);

/** The Comments block (and its legacy form) shows Natter instead of its inner blocks. */
function natter_comments_render_block($content, $parsed, $block = null) {
	$post_id = ($block instanceof WP_Block && isset($block->context['postId'])) ? (int) $block->context['postId'] : get_the_ID();
	return $post_id && natter_comments_applies($post_id) ? natter_comments_markup($post_id) : $content;
}
add_filter('render_block_core/comments', 'natter_comments_render_block', 10, 3);
add_filter('render_block_core/post-comments', 'natter_comments_render_block', 10, 3);
