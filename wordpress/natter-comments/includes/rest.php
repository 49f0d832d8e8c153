<?php
/**
 * What the widget needs from WordPress's REST API, and nothing more.
 *
 * @package NatterComments
 */

if (!defined('ABSPATH')) {
	exit;
}

// Core refuses REST comments from visitors unless a plugin opts in; the
// theme's comment form has no such rule. Opting in gives REST visitors the
// same rights as form visitors, under the same Discussion settings.
add_filter('rest_allow_anonymous_comments', '__return_true');

/**
 * A signed-in reader comments as their account, as on the theme's form:
 * the name and email the widget sends are dropped so that WordPress fills
 * in the user. Core keeps them when they are sent, and the comment would
 * then belong to no one.
 */
add_filter('rest_request_before_callbacks', function ($response, $handler, $request) {
	if ($request instanceof WP_REST_Request && $request->get_method() === 'POST'
		&& $request->get_route() === '/wp/v2/comments' && is_user_logged_in()
		&& !isset($request['author'])) {
		foreach (['author_name', 'author_email', 'author_url'] as $field) {
			unset($request[$field]);
		}
	}
	return $response;
}, 10, 3);
