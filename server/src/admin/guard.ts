import {createHash, timingSafeEqual} from 'node:crypto';
import type {Context, MiddlewareHandler} from 'hono';
import {getCookie} from 'hono/cookie';
import {selfOrigin} from '../http/client.js';
import {HttpError} from '../http/errors.js';
import type {Services} from '../services.js';
import {findSession, SESSION_COOKIE} from './sessions.js';

const READ_METHODS = new Set(['GET', 'HEAD']);

/** Compares digests so that neither the length nor the content leaks through timing. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export const unauthorized = () =>
  new HttpError(401, 'unauthorized', 'Sign in, or send the admin token.');

/**
 * Lets a request through with the admin token as a bearer (scripts) or with
 * a live session cookie (the console). A cookie goes wherever the browser
 * goes, so a write that carries one must also come from a page of this very
 * server: its `Origin` is checked, not only the cookie's SameSite rule,
 * which lets sibling subdomains through.
 */
export function requireAdmin(services: Services): MiddlewareHandler {
  const {db, options} = services;
  return async (c, next) => {
    const header = c.req.header('Authorization');
    if (header !== undefined) {
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!options.adminToken || !match || !sameSecret(match[1].trim(), options.adminToken)) {
        throw new HttpError(401, 'unauthorized', 'The admin token is missing or wrong.');
      }
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE);
    if (!token || (await findSession(db, token)) === undefined) throw unauthorized();
    if (!READ_METHODS.has(c.req.method)) requireSameOrigin(c, services);
    c.header('Cache-Control', 'no-store');
    return next();
  };
}

export function requireSameOrigin(c: Context, services: Services): void {
  const origin = c.req.header('Origin');
  const site = c.req.header('Sec-Fetch-Site');
  const expected = selfOrigin(c, services.options.proxyTrust);
  if (origin !== expected || (site !== undefined && site !== 'same-origin')) {
    throw new HttpError(403, 'forbidden', 'Console requests must come from the console page.');
  }
}

/** Whether the request came over https (directly, or as a trusted proxy says). */
export function isSecure(c: Context, services: Services): boolean {
  return selfOrigin(c, services.options.proxyTrust).startsWith('https:');
}
