<?php
/**
 * Stands in for the theme's comments.php while the plugin is active.
 *
 * @package NatterComments
 */

if (!defined('ABSPATH')) {
	exit;
}

echo natter_comments_markup(get_the_ID()); // phpcs:ignore WordPress.Security.EscapeOutput -- every attribute is escaped in natter_comments_markup().
