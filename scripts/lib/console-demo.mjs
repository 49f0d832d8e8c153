// The reference server as a site owner runs it (natter-server, its own
// process), and a small discussion with comments waiting for the owner: for
// the console's screenshots (scripts/console-screenshots.mjs) and its
// end-to-end tests (test/e2e/admin/).
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts `natter-server` on 127.0.0.1 and a free port with `args`, the
 * widget's files from dist/, and `token` as the admin token. Resolves once
 * it listens.
 */
export async function startNatterServer({database, token, args = [], env = {}}) {
  const child = spawn(
    process.execPath,
    [
      join(root, 'server/bin/natter-server.js'),
      ...['--port', '0', '--host', '127.0.0.1', '--database', database],
      ...['--bundle-dir', join(root, 'dist'), '--rate-posts', 'off', '--rate-reads', 'off'],
      ...args,
    ],
    {env: {...process.env, DATABASE_URL: '', NATTER_ADMIN_TOKEN: token, ...env}, stdio: 'pipe'},
  );
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`natter-server did not start:\n${output}`)),
      60_000,
    );
    const read = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/[^\s/]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`natter-server exited (${code}):\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Posts a comment as the browser holding `token` would. Returns the comment. */
export async function postComment(url, {thread, token, name, body, parentId = null, email, site}) {
  const response = await fetch(`${url}/api/comments`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Origin: url, 'X-Natter-Author': token},
    body: JSON.stringify({
      thread,
      parentId,
      body,
      author: {
        name,
        email: email ?? `${name.split(' ')[0].toLowerCase()}@example.com`,
        ...(site ? {url: site} : {}),
      },
      honeypot: '',
      elapsedMs: 8000,
    }),
  });
  const data = await response.json();
  if (!response.ok) throw new Error(`posting failed (${response.status}): ${JSON.stringify(data)}`);
  return data.comment;
}

/** An admin API call with the bearer token. */
export async function adminCall(url, token, method, path, body) {
  const response = await fetch(`${url}/api/admin${path}`, {
    method,
    headers: {Authorization: `Bearer ${token}`, 'Content-Type': 'application/json'},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
  return response.status === 204 ? undefined : response.json();
}

/**
 * A discussion under `first-time` moderation: regulars approved once, then
 * newcomers held, one of them a reply, one thread closed, one author blocked.
 */
export async function seedConsoleDemo(url, token) {
  const article = '/posts/slow-web';
  const other = '/posts/reading-list';
  const approve = (comment) => adminCall(url, token, 'POST', `/comments/${comment.id}/approve`);
  const mira = await postComment(url, {
    thread: article,
    token: 'demo-mira-0001',
    name: 'Mira Okafor',
    body: 'The part about lazy-loading the comments below the fold made our pages feel twice as fast.',
  });
  await approve(mira);
  const tom = await postComment(url, {
    thread: article,
    token: 'demo-tom-0002',
    name: 'Tom Lindqvist',
    body: 'Does the same hold for a page with a hundred comments? We never measured past twenty.',
    parentId: mira.id,
  });
  await approve(tom);
  await approve(
    await postComment(url, {
      thread: other,
      token: 'demo-tom-0002',
      name: 'Tom Lindqvist',
      body: 'Adding two of these to my list, thanks.',
    }),
  );
  await postComment(url, {
    thread: article,
    token: 'demo-ines-0003',
    name: 'Inès Duarte',
    email: 'ines@example.com',
    site: 'https://ines.example',
    body: 'First time here. We measured 140 comments last spring: the first page was the only cost.',
    parentId: tom.id,
  });
  const spam = await postComment(url, {
    thread: other,
    token: 'demo-promo-0004',
    name: 'Best Deals Online',
    body: 'Great article!!! Visit my shop for cheap watches.',
  });
  await postComment(url, {
    thread: article,
    token: 'demo-kai-0005',
    name: 'Kai Moreno',
    body: 'Would love a follow-up on how this interacts with prefetching.',
  });
  await adminCall(url, token, 'POST', '/blocks', {commentId: spam.id, action: 'hold'});
  await adminCall(url, token, 'POST', '/threads/close', {thread: other});
  return {article, other};
}
