<?php
/**
 * Plugin Name:       Natter Comments
 * Plugin URI:        https://github.com/natter-comments/natter
 * Description:       Shows the Natter comments section in place of the theme's comments, on WordPress's own comments and Discussion settings.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Natter contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       natter-comments
 * Domain Path:       /languages
 *
 * @package NatterComments
 */

if (!defined('ABSPATH')) {
	exit;
}

define('NATTER_COMMENTS_VERSION', '0.1.0');
define('NATTER_COMMENTS_FILE', __FILE__);
define('NATTER_COMMENTS_DIR', plugin_dir_path(__FILE__));

require_once NATTER_COMMENTS_DIR . 'includes/settings.php';
require_once NATTER_COMMENTS_DIR . 'includes/settings-page.php';
require_once NATTER_COMMENTS_DIR . 'includes/render.php';
require_once NATTER_COMMENTS_DIR . 'includes/rest.php';
require_once NATTER_COMMENTS_DIR . 'includes/count.php';

add_action('init', function () {
	load_plugin_textdomain('natter-comments', false, dirname(plugin_basename(NATTER_COMMENTS_FILE)) . '/languages');
});
