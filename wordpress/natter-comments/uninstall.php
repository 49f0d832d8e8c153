<?php
/**
 * Removes what the plugin stored: its one option. Comments stay, they are WordPress's own.
 *
 * @package NatterComments
 */

if (!defined('WP_UNINSTALL_PLUGIN')) {
	exit;
}

delete_option('natter_comments_settings');
