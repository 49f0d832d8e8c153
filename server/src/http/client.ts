import type {Context} from 'hono';
import {isTrusted, limitKey, resolveClientAddress, type ProxyTrust} from './client-address.js';

interface NodeBindings {
  incoming?: {socket?: {remoteAddress?: string}};
}

function peerAddress(c: Context): string | undefined {
  return (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress;
}

/**
 * Who a request counts against, for every limit: the socket's peer, or the
 * address a trusted proxy reports in `X-Forwarded-For`, with IPv6 grouped by /64.
 */
export function clientAddress(c: Context, trust: ProxyTrust | null): string {
  return limitKey(resolveClientAddress(peerAddress(c), c.req.header('X-Forwarded-For'), trust));
}

/**
 * The origin pages on this server have: the request URL's, or the one a
 * trusted proxy reports through `X-Forwarded-Proto` and `X-Forwarded-Host`.
 */
export function selfOrigin(c: Context, trust: ProxyTrust | null): string {
  if (isTrusted(trust, peerAddress(c))) {
    const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim();
    const host = c.req.header('X-Forwarded-Host')?.split(',')[0]?.trim();
    if (proto && host) return `${proto}://${host}`;
  }
  return new URL(c.req.url).origin;
}
