/**
 * The writer's name, email and website, remembered in this browser only when
 * the person ticks "Save my name, email, and website". Storage may be missing
 * or refuse writes (private mode, quota, a blocked `localStorage`): every
 * function here then quietly does nothing, and the form carries on.
 */
import {browserStorage} from './storage.js';

export {browserStorage};

/** Who is writing: typed into the form, remembered, or supplied by the host page. */
export interface Identity {
  name: string;
  email?: string;
  url?: string;
  /** The host site's sign-out address, linked beside "Commenting as" (never stored). */
  signOutUrl?: string;
}

export const identityStorageKey = 'natter:identity';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/** The remembered identity, or `undefined` when none was saved or it is unreadable. */
export function loadIdentity(storage = browserStorage()): Identity | undefined {
  try {
    const raw = storage?.getItem(identityStorageKey);
    if (!raw) return undefined;
    const data: unknown = JSON.parse(raw);
    if (!data || typeof data !== 'object') return undefined;
    const record = data as Record<string, unknown>;
    const identity: Identity = {name: text(record.name) ?? ''};
    const email = text(record.email);
    const url = text(record.url);
    if (email) identity.email = email;
    if (url) identity.url = url;
    return identity.name || email || url ? identity : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the identity. Returns false when storage refused it. */
export function saveIdentity(identity: Identity, storage = browserStorage()): boolean {
  if (!storage) return false;
  const data: Identity = {name: identity.name};
  if (identity.email) data.email = identity.email;
  if (identity.url) data.url = identity.url;
  try {
    storage.setItem(identityStorageKey, JSON.stringify(data));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the remembered identity (the person unticked the box). */
export function forgetIdentity(storage = browserStorage()): void {
  try {
    storage?.removeItem(identityStorageKey);
  } catch {
    // Nothing stored that we can reach, so nothing to forget.
  }
}
