import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {Hono, type Context} from 'hono';
import {locateBundle} from '../bundle.js';
import {notFound} from '../http/errors.js';
import type {Services} from '../services.js';

/** Only this server's own files run on the console page; nothing inline, no frames around it. */
export const CONSOLE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Natter console</title>
<link rel="stylesheet" href="/admin/natter-admin.css">
<script type="module" src="/admin/natter-admin.js"></script>
</head>
<body>
<natter-admin></natter-admin>
<noscript>The Natter console needs JavaScript.</noscript>
</body>
</html>
`;

const FILES: Record<string, string> = {
  'natter-admin.js': 'text/javascript; charset=utf-8',
  'natter-admin.css': 'text/css; charset=utf-8',
};

/** `/admin`: the owner's console page and its two files, from the natter package's `dist/admin/`. */
export function adminPageRoutes(services: Services): Hono {
  const app = new Hono();
  const bundleDir = services.options.bundleDir ?? locateBundle().dir;
  const guard = (c: Context) => {
    c.header('Content-Security-Policy', CONSOLE_POLICY);
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-cache');
  };
  app.get('/', (c) => {
    guard(c);
    return c.html(PAGE);
  });
  app.get('/:file', async (c) => {
    const file = c.req.param('file');
    const type = FILES[file];
    if (!type || !bundleDir) throw notFound('There is no such file.');
    let content: Buffer;
    try {
      content = await readFile(join(bundleDir, 'admin', file));
    } catch {
      throw notFound(`${file} is not available on this server: build the natter package.`);
    }
    guard(c);
    c.header('Content-Type', type);
    return c.body(new Uint8Array(content));
  });
  return app;
}
