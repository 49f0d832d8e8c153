import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {serveStatic} from '@hono/node-server/serve-static';
import {Hono, type Context} from 'hono';
import {sql} from 'kysely';
import {locateBundle} from '../bundle.js';
import {identiconSvg} from '../domain/avatar.js';
import {notFound} from '../http/errors.js';
import type {Services} from '../services.js';

const BUNDLES = ['natter.js', 'natter.classic.js'];

/** Avatars, the widget's script bundles, the health check and the optional static folder. */
export function assetRoutes(services: Services): Hono {
  const {options} = services;
  const app = new Hono();

  app.get('/api/avatars/:file', (c) => {
    const match = /^([0-9a-f]{16,128})\.svg$/.exec(c.req.param('file'));
    if (!match) throw notFound('There is no such avatar.');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('Content-Type', 'image/svg+xml');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    c.header('Content-Security-Policy', "default-src 'none'");
    return c.body(identiconSvg(match[1]));
  });

  app.get('/health', async (c) => {
    try {
      await sql`select 1`.execute(services.db);
      return c.json({ok: true});
    } catch (error) {
      console.error('natter: health check failed', error);
      return c.json({ok: false}, 503);
    }
  });

  // A folder given by name is read even when it is still empty: a build may fill it later.
  const bundleDir = options.bundleDir ?? locateBundle().dir;

  /** Sends a script of the bundle folder; any page may load it as a module, which is fetched with CORS. */
  const sendScript = async (c: Context, file: string, cache: string, missing: string) => {
    let code: Buffer;
    try {
      if (!bundleDir) throw new Error('no bundle folder');
      code = await readFile(join(bundleDir, file));
    } catch {
      throw notFound(missing);
    }
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', cache);
    return c.body(new Uint8Array(code));
  };

  for (const name of BUNDLES) {
    // Why, with the paths, is for the owner: natter-server logs it at start.
    const missing = `${name} is not available on this server.`;
    app.get(`/${name}`, (c) => sendScript(c, name, 'public, max-age=300', missing));
  }

  // Parts of natter.js that load only when a page needs them; their names carry a content hash.
  app.get('/chunks/:file', (c) => {
    const file = c.req.param('file');
    if (!/^\w[\w.-]*\.js$/.test(file)) throw notFound('There is no such file.');
    const cache = 'public, max-age=31536000, immutable';
    return sendScript(c, join('chunks', file), cache, 'There is no such file.');
  });

  if (options.staticDir) {
    if (!existsSync(options.staticDir)) {
      console.warn(`natter: the static folder ${options.staticDir} does not exist`);
    }
    app.use('/*', serveStatic({root: options.staticDir}));
  }
  return app;
}
