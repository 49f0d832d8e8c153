// The widget on a page that enforces a strict Content Security Policy and
// Trusted Types, sent as real HTTP headers. The test page itself runs
// without a policy (the test runner needs inline scripts) and opens
// page.html in an iframe; this config's middleware sends page.html with the
// policy, stands in for a WordPress site's comments API on the same origin,
// and collects the browser's violation reports.
import {wtrConfig} from '../../support/wtr-base.mjs';
import {policyFor} from './policy.mjs';

/** The policy a site with Natter can send: see docs/security.md. */
export const POLICY = policyFor({reportUri: '/csp-report'});

const PAGE = '/test/e2e/csp/page.html';
const API = '/csp-wp/wp-json/wp/v2/comments';

/**
 * WordPress comments of post 7: one plain, one with markup, a script and a
 * `javascript:` link. (An inline handler such as `onerror` would be refused
 * by the policy while the sanitiser parses it, which Chromium reports as a
 * `script-src-attr` violation: blocked, but not the quiet page tested here.)
 */
function initialComments() {
  return [
    {
      id: 1,
      post: 7,
      parent: 0,
      author_name: 'Plain Reader',
      author_url: 'https://reader.example/',
      date_gmt: '2024-03-01T09:00:00',
      content: {rendered: '<p>A plain comment.</p>\n'},
      status: 'approved',
    },
    {
      id: 2,
      post: 7,
      parent: 0,
      author_name: 'Html Reader',
      author_url: '',
      date_gmt: '2024-03-01T10:00:00',
      content: {
        rendered:
          '<p>Some <strong>bold</strong> text and a <a href="https://example.com/">link</a>.</p>' +
          '<script>parent.postMessage("pwned", "*")</script>' +
          "<p><a href=\"javascript:parent.postMessage('pwned', '*')\">Hostile link</a>.</p>\n",
      },
      status: 'approved',
    },
  ];
}

function readBody(ctx) {
  return new Promise((resolve, reject) => {
    let data = '';
    ctx.req.setEncoding('utf8');
    ctx.req.on('data', (chunk) => (data += chunk));
    ctx.req.on('end', () => resolve(data));
    ctx.req.on('error', reject);
  });
}

let comments = initialComments();
let reports = [];

async function cspSite(ctx, next) {
  if (ctx.path === PAGE) {
    await next();
    ctx.set('Content-Security-Policy', POLICY);
    return;
  }
  if (ctx.path === '/csp-report' && ctx.method === 'POST') {
    reports.push(await readBody(ctx));
    ctx.status = 204;
    return;
  }
  if (ctx.path === '/csp-reports') {
    ctx.type = 'json';
    ctx.body = JSON.stringify(reports);
    return;
  }
  if (ctx.path === '/csp-reset') {
    comments = initialComments();
    reports = [];
    ctx.status = 204;
    return;
  }
  if (ctx.path === API && ctx.method === 'GET') {
    ctx.set('X-WP-Total', String(comments.length));
    ctx.set('X-WP-TotalPages', '1');
    ctx.type = 'json';
    ctx.body = JSON.stringify(comments);
    return;
  }
  if (ctx.path === API && ctx.method === 'POST') {
    const draft = JSON.parse(await readBody(ctx));
    const comment = {
      id: comments.length + 1,
      post: draft.post,
      parent: draft.parent ?? 0,
      author_name: draft.author_name,
      author_url: draft.author_url ?? '',
      date_gmt: new Date().toISOString().slice(0, 19),
      // WordPress stores the escaped text and renders it as a paragraph.
      content: {rendered: `<p>${draft.content}</p>\n`},
      status: 'approved',
    };
    comments.push(comment);
    ctx.status = 201;
    ctx.type = 'json';
    ctx.body = JSON.stringify(comment);
    return;
  }
  await next();
}

export default {
  ...wtrConfig({label: 'csp', files: ['test/e2e/csp/**/*.test.ts'], concurrency: 1}),
  middleware: [cspSite],
};
