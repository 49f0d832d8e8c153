<?php
/**
 * `[natter_count]` and the Natter comment count block: a count badge for
 * index pages and headers.
 *
 * @package NatterComments
 */

if (!defined('ABSPATH')) {
	exit;
}

/**
 * @param array|string $atts `post` (default: the current post).
 */
function natter_comments_count_shortcode($atts) {
	$atts = shortcode_atts(['post' => 0], $atts, 'natter_count');
	$post = get_post((int) $atts['post'] ?: null);
	if (!$post) {
		return '';
	}
	natter_comments_enqueue();
	return sprintf(
		'<natter-count adapter="wordpress" endpoint="%1$s" thread="%2$d"></natter-count>',
		esc_attr(natter_comments_endpoint()),
		(int) $post->ID
	);
}
add_shortcode('natter_count', 'natter_comments_count_shortcode');

/** The block: the post in its context (a Query Loop's), else the current one. */
function natter_comments_count_block($attributes, $content, $block) {
	$post = (int) ($attributes['postId'] ?? 0);
	if (!$post && $block instanceof WP_Block && isset($block->context['postId'])) {
		$post = (int) $block->context['postId'];
	}
	$badge = natter_comments_count_shortcode(['post' => $post]);
	return $badge === '' ? '' : '<span ' . get_block_wrapper_attributes() . '>' . $badge . '</span>';
}

add_action('init', function () {
	register_block_type(NATTER_COMMENTS_DIR . 'blocks/count', ['render_callback' => 'natter_comments_count_block']);
});
