import type {Context} from 'hono';

interface NodeBindings {
  incoming?: {socket?: {remoteAddress?: string}};
}

/**
 * The client's address, for rate limits. Behind a trusted reverse proxy it is
 * the hop the proxy appended last to `X-Forwarded-For`; otherwise the socket's
 * peer. Only the last hop is trusted: earlier ones are whatever the client wrote.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = c.req.header('X-Forwarded-For')?.split(',');
    const last = hops?.at(-1)?.trim();
    if (last) return last;
  }
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * The origin pages on this server have: the request URL's, or the one a
 * trusted proxy reports through `X-Forwarded-Proto` and `X-Forwarded-Host`.
 */
export function selfOrigin(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim();
    const host = c.req.header('X-Forwarded-Host')?.split(',')[0]?.trim();
    if (proto && host) return `${proto}://${host}`;
  }
  return new URL(c.req.url).origin;
}
