/**
 * The host site's user token (`user-token`, docs/sso.md) as the widget sees
 * it: only the name is read, to say "Commenting as …". The widget never
 * checks the signature; the server does, on every write, and is the one that
 * decides who the author is.
 */
import type {Identity} from './identity.js';

/** The person a token names, or `undefined` when it is missing or cannot be read. */
export function tokenIdentity(token: string | null | undefined): Identity | undefined {
  const parts = typeof token === 'string' ? token.trim().split('.') : [];
  if (parts.length !== 3 || parts[1].length > 8000) return undefined;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const name = (payload as {name?: unknown} | null)?.name;
    return typeof name === 'string' && name.trim() ? {name: name.trim()} : undefined;
  } catch {
    return undefined;
  }
}

/** The token to send: a readable one, trimmed; `null` otherwise (the reader posts anonymously). */
export function usableUserToken(token: string | null | undefined): string | null {
  return tokenIdentity(token) ? token!.trim() : null;
}

/**
 * Who the form says is commenting: the name a readable user token carries
 * (verified by the server), else the page's unverified `user`, else nobody;
 * with the site's sign-out address when it gave one.
 */
export function commentingAs(
  user: Identity | null,
  token: string | null | undefined,
  signOutUrl: string | undefined,
): Identity | null {
  const who = tokenIdentity(token) ?? user;
  return who && signOutUrl ? {...who, signOutUrl} : who;
}
