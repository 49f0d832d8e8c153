// A small comments API, written for this example: it is not Natter's
// protocol, and it lacks what many real backends lack. Comments live in
// memory. Moderation is all or nothing: with `moderation: 'all'` every new
// comment waits for approval, and only its author (the same `visitor` id)
// sees it meanwhile. There are no idempotency keys.
//
//   GET  /posts/:slug/comments?visitor=ID  -> 200 {comments: [...]}, oldest first
//   POST /posts/:slug/comments             -> 201 {comment}
//        body {text, name, email, website?, replyTo?, visitor?}
//   GET  /counts?post=SLUG&post=SLUG        -> 200 {counts: {SLUG: n}}
//
// A comment: {id, replyTo, name, website, text, postedAt, approved}, where
// `id` and `replyTo` are numbers and `postedAt` is milliseconds since 1970.
// Errors: 400 {error: 'invalid', field, message}, 404 {error: 'no-such-comment'},
// 409 {error: 'repeat'}, 413 {error: 'too-large'}.
//
// Run it alone with `node server.js [port]`.
import {createServer} from 'node:http';
import {pathToFileURL} from 'node:url';

const MAX_BODY = 64 * 1024;

function send(response, status, data) {
  response.writeHead(status, {
    'content-type': 'application/json',
    // The widget's page is on another origin than the API.
    'access-control-allow-origin': '*',
  });
  response.end(data === undefined ? '' : JSON.stringify(data));
}

async function readJson(request) {
  let size = 0;
  const chunks = [];
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY) return {tooLarge: true};
    chunks.push(chunk);
  }
  try {
    return {value: JSON.parse(Buffer.concat(chunks).toString('utf8'))};
  } catch {
    return {value: undefined};
  }
}

const text = (value) => (typeof value === 'string' ? value.trim() : '');

/** What is wrong with a new comment, as `[field, message]`, or undefined. */
function problem(input) {
  if (!input || typeof input !== 'object') return [null, 'Send a JSON object.'];
  if (!text(input.text)) return ['text', 'Write something first.'];
  if (text(input.text).length > 5000) return ['text', 'Keep it under 5,000 characters.'];
  if (!text(input.name)) return ['name', 'Say who you are.'];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text(input.email))) {
    return ['email', 'That does not look like an email address.'];
  }
  if (text(input.website) && !/^https?:\/\/[^\s]+$/i.test(text(input.website))) {
    return ['website', 'A website starts with http:// or https://.'];
  }
  return undefined;
}

/** Starts the API on 127.0.0.1 (a free port unless `port` is given). */
export function startServer({moderation = 'none', port = 0} = {}) {
  const posts = new Map(); // slug -> stored comments, oldest first
  let lastId = 0;

  const visibleTo = (visitor) => (c) => c.approved || (visitor && c.visitor === visitor);
  const publicView = ({visitor: _visitor, email: _email, ...shown}) => shown;

  async function handle(request, response) {
    const url = new URL(request.url, 'http://localhost');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'content-type',
      });
      return response.end();
    }
    if (request.method === 'GET' && url.pathname === '/counts') {
      const counts = {};
      for (const slug of url.searchParams.getAll('post')) {
        counts[slug] = (posts.get(slug) ?? []).filter((c) => c.approved).length;
      }
      return send(response, 200, {counts});
    }
    const match = /^\/posts\/([^/]+)\/comments$/.exec(url.pathname);
    if (!match) return send(response, 404, {error: 'no-such-route'});
    const slug = decodeURIComponent(match[1]);
    const stored = posts.get(slug) ?? [];

    if (request.method === 'GET') {
      const comments = stored.filter(visibleTo(url.searchParams.get('visitor')));
      return send(response, 200, {comments: comments.map(publicView)});
    }
    if (request.method !== 'POST') return send(response, 405, {error: 'method'});

    const {value: input, tooLarge} = await readJson(request);
    if (tooLarge) return send(response, 413, {error: 'too-large'});
    const wrong = problem(input);
    if (wrong) return send(response, 400, {error: 'invalid', field: wrong[0], message: wrong[1]});
    const replyTo = input.replyTo ?? null;
    if (replyTo !== null && !stored.some((c) => c.id === replyTo)) {
      return send(response, 404, {error: 'no-such-comment'});
    }
    const email = text(input.email).toLowerCase();
    if (stored.some((c) => c.email === email && c.text === text(input.text))) {
      return send(response, 409, {error: 'repeat'});
    }
    const comment = {
      id: ++lastId,
      replyTo,
      name: text(input.name),
      website: text(input.website) || null,
      text: text(input.text),
      postedAt: Date.now(),
      approved: moderation !== 'all',
      email,
      visitor: typeof input.visitor === 'string' ? input.visitor : null,
    };
    posts.set(slug, [...stored, comment]);
    return send(response, 201, {comment: publicView(comment)});
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, {error: 'internal'}));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const {url} = await startServer({port: Number(process.argv[2] ?? 8787)});
  console.warn(`comments API on ${url}`);
}
