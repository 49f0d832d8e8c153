<?php
/**
 * `[natter_count]`: a comment count badge for index pages and headers.
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
