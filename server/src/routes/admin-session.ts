import {Hono, type Context} from 'hono';
import {deleteCookie, getCookie, setCookie} from 'hono/cookie';
import {isSecure, requireSameOrigin, sameSecret, unauthorized} from '../admin/guard.js';
import {storedPasswordHash, verifyPassword} from '../admin/password.js';
import {
  closeSession,
  findSession,
  openSession,
  SESSION_COOKIE,
  SESSION_HOURS,
} from '../admin/sessions.js';
import {HttpError} from '../http/errors.js';
import {readJsonObject, requireJson} from '../http/request.js';
import type {Services} from '../services.js';

const COOKIE_PATH = '/api/admin';

/** `/api/admin/session`: signing in and out of the console with a cookie. */
export function adminSessionRoutes(services: Services): Hono {
  const {db, options, limits} = services;
  const app = new Hono();

  app.use('*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  });

  app.get('/', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    const expiresAt = token ? await findSession(db, token) : undefined;
    if (!expiresAt) throw unauthorized();
    return c.json({expiresAt});
  });

  app.post('/', async (c) => {
    requireJson(c);
    requireSameOrigin(c, services);
    const address = services.clientAddress(c);
    await limits.signIns.check(address);
    const input = await readJsonObject(c);
    const secret = typeof input.secret === 'string' ? input.secret : '';
    const password = await storedPasswordHash(db);
    if (!options.adminToken && !password) {
      throw new HttpError(
        403,
        'forbidden',
        'The console is off: start the server with an admin token, or set a password with `natter-server admin-password`.',
      );
    }
    const valid =
      secret.length > 0 &&
      secret.length <= 1024 &&
      ((options.adminToken !== undefined && sameSecret(secret, options.adminToken)) ||
        (password !== undefined && (await verifyPassword(secret, password))));
    if (!valid) {
      await limits.signIns.spend(address);
      throw new HttpError(401, 'unauthorized', 'That is not the admin token or password.');
    }
    const session = await openSession(db);
    setCookie(c, SESSION_COOKIE, session.token, cookieOptions(c, services));
    return c.json({expiresAt: session.expiresAt});
  });

  app.delete('/', async (c) => {
    requireSameOrigin(c, services);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await closeSession(db, token);
    deleteCookie(c, SESSION_COOKIE, cookieOptions(c, services));
    return c.body(null, 204);
  });

  return app;
}

function cookieOptions(c: Context, services: Services) {
  return {
    httpOnly: true,
    sameSite: 'Strict' as const,
    secure: isSecure(c, services),
    path: COOKIE_PATH,
    maxAge: SESSION_HOURS * 3600,
  };
}
