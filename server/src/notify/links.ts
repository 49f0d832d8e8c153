import {timingSafeEqual} from 'node:crypto';
import type {Identity} from '../domain/identity.js';

export type LinkAction = 'approve' | 'delete' | 'unsubscribe';

/** How long the owner's approve and delete links work. */
export const OWNER_LINK_DAYS = 7;

/**
 * A one-click link: the action, what it acts on and until when, signed with
 * the server's secret. Unsubscribe links do not expire (`expires` 0): a
 * mail from long ago must still stop the next one.
 */
export function signedLink(
  identity: Identity,
  base: string,
  action: LinkAction,
  subject: string,
  expires = 0,
): string {
  const sig = identity.linkSignature(`${action}|${subject}|${expires}`);
  const query = expires ? `expires=${expires}&sig=${sig}` : `sig=${sig}`;
  return `${base}/notify/${action}/${encodeURIComponent(subject)}?${query}`;
}

export function ownerLinkExpiry(now = Date.now()): number {
  return Math.floor(now / 1000) + OWNER_LINK_DAYS * 24 * 60 * 60;
}

/** Whether a link's signature is right and, for links that expire, still in time. */
export function checkLink(
  identity: Identity,
  action: LinkAction,
  subject: string,
  expiresRaw: string | undefined,
  sig: string | undefined,
): boolean {
  const expires =
    expiresRaw === undefined ? 0 : /^\d{1,12}$/.test(expiresRaw) ? Number(expiresRaw) : NaN;
  if (!Number.isFinite(expires) || !sig || !/^[0-9a-f]{64}$/.test(sig)) return false;
  if (action === 'unsubscribe' ? expires !== 0 : expires * 1000 < Date.now()) return false;
  const expected = Buffer.from(identity.linkSignature(`${action}|${subject}|${expires}`), 'hex');
  return timingSafeEqual(expected, Buffer.from(sig, 'hex'));
}
