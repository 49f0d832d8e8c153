// The test WordPress seen from Node: its seed API and the plugin routes of
// scripts/wordpress/mu-plugins/natter-test/plugin-api.php.

export const PLUGIN = 'natter-comments/natter-comments.php';

export function createSite({url, token, post, state}) {
  async function call(path, body = {}) {
    const response = await fetch(`${url}/wp-json/natter-test/v1${path}`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'X-Natter-Seed-Token': token},
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(`${path} (${response.status}): ${JSON.stringify(answer)}`);
    return answer;
  }
  return {
    url,
    seededPost: post,
    /** The site's folder: WordPress logs to debug.log there (WP_DEBUG is on). */
    state,
    /** A post's page, by ID (WordPress redirects to the permalink). */
    postUrl: (id) => `${url}/?p=${id}`,
    install: (zip) => call('/plugins/install', {zip}),
    setActive: (plugin, active) => call('/plugins/state', {plugin, active}),
    uninstall: (plugin) => call('/plugins/uninstall', {plugin}),
    /** Makes (or resets) a user to sign in with through wp-login.php. */
    user: (login, role, password, display_name = login) =>
      call('/users', {login, role, password, display_name}),
    commentRows: (id) => call('/comment-rows', {post: id}),
    option: (name) => call('/option', {name}),
    deleteOption: (name) => call('/option', {name, delete: true}),
    setOption: (name, value) => call('/option', {name, value}),
    useTheme: (stylesheet) => call('/theme', {stylesheet}),
    async createPage(title, content) {
      return String((await call('/pages', {title, content})).id);
    },
    async createPost(comments = []) {
      const answer = await call('/threads', {title: 'Plugin test post', comments});
      return String(answer.post);
    },
  };
}
