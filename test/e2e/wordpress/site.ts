/**
 * The private WordPress the suite runs against (scripts/wordpress/), and its
 * test-only seed API (scripts/wordpress/mu-plugins/natter-test/seed-api.php).
 */

interface SiteConfig {
  url: string;
  post: string;
  token: string;
}

const config = (window as unknown as {__natterWordPress?: SiteConfig}).__natterWordPress;
if (!config?.url) {
  throw new Error(
    'The WordPress site is not configured: run test/e2e/wordpress/wordpress.config.mjs.',
  );
}

/** The site's REST root, as a page would give it to the widget. */
export const endpoint = `${config.url}/wp-json`;
/** The seeded post: a three-level discussion plus one held comment. */
export const seededPost = config.post;

/** A comment to seed: `parent` names an earlier comment's `key`. */
export interface SeedComment {
  key?: string;
  parent?: string;
  author_name?: string;
  author_email?: string;
  author_url?: string;
  content: string;
  date_gmt?: string;
  status?: 'approved' | 'hold' | 'spam' | 'trash';
}

async function seed(path: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(`${endpoint}/natter-test/v1${path}`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'X-Natter-Seed-Token': config!.token},
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`seed ${path}: ${JSON.stringify(answer)}`);
  return answer;
}

/** A new post (open for comments unless `closed`), with comments if given. */
export async function createPost(
  options: {comments?: SeedComment[]; closed?: boolean; title?: string} = {},
): Promise<{post: string; ids: Record<string, string>}> {
  const answer = (await seed('/threads', {
    title: options.title,
    comment_status: options.closed ? 'closed' : 'open',
    comments: options.comments ?? [],
  })) as {post: number; comments: Record<string, number>};
  const ids = Object.fromEntries(Object.entries(answer.comments).map(([k, v]) => [k, String(v)]));
  return {post: String(answer.post), ids};
}

/** The next comment posted on `post` is held for moderation. */
export async function holdNext(post: string): Promise<void> {
  await seed(`/threads/${post}`, {hold_next: true});
}

export async function setCommentsOpen(post: string, open: boolean): Promise<void> {
  await seed(`/threads/${post}`, {comment_status: open ? 'open' : 'closed'});
}

/** A moderator's decision on a comment. */
export async function moderate(id: string, status: 'approved' | 'hold' | 'spam' | 'trash') {
  await seed(`/comments/${id}`, {status});
}

/** Deletes a post and its comments for good. */
export async function deletePost(post: string): Promise<void> {
  await seed(`/threads/${post}/delete`);
}
