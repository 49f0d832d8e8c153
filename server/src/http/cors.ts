import type {Context, MiddlewareHandler} from 'hono';
import {HttpError} from './errors.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CORS for an allowlist of exact origins, and the refusal of cross-site
 * writes. Allowed origins get `Access-Control-Allow-Origin` set to
 * themselves; any other origin gets no CORS headers at all, and its writes are
 * answered 403 before they touch anything. Same-origin pages (the demo) pass.
 */
export function cors(origins: string[], selfOrigin: (c: Context) => string): MiddlewareHandler {
  const allowed = new Set(origins);
  return async (c, next) => {
    c.header('Vary', 'Origin', {append: true});
    const origin = c.req.header('Origin');
    if (origin === undefined) return next();
    const permitted = allowed.has(origin);
    if (permitted) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', 'Retry-After, ETag');
    }
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method')) {
      if (permitted) {
        c.header('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE');
        c.header(
          'Access-Control-Allow-Headers',
          'Content-Type, Idempotency-Key, If-None-Match, X-Natter-Author, X-Natter-User, X-Natter-Proof, Authorization',
        );
        c.header('Access-Control-Max-Age', '600');
      }
      return c.body(null, 204);
    }
    if (WRITE_METHODS.has(c.req.method) && !permitted && origin !== selfOrigin(c)) {
      throw new HttpError(403, 'forbidden', 'This site may not post comments here.');
    }
    return next();
  };
}
