/** Words for the owner: errors with a way forward, dates, thread links. */
import {exactTime, relativeTime} from '../core/time.js';
import {AdminApiError} from './api.js';

/** What went wrong, in a sentence the owner can act on. */
export function describeError(error: unknown): string {
  if (!(error instanceof AdminApiError)) {
    return error instanceof Error ? error.message : String(error);
  }
  switch (error.code) {
    case 'network':
      return 'The server could not be reached. Check the connection and try again.';
    case 'unauthorized':
      return 'Your session has ended. Sign in again.';
    case 'rate-limited':
      return error.retryAfter
        ? `Too many attempts. Try again in ${waitText(error.retryAfter)}.`
        : 'Too many attempts. Wait a little and try again.';
    case 'forbidden':
      return `The server refused this: ${error.message}`;
    case 'not-found':
      return 'That item no longer exists. The list has been refreshed.';
    case 'validation':
      return error.message || 'The server did not accept that.';
    default:
      return `Something went wrong on the server (${error.message}). Try again.`;
  }
}

function waitText(seconds: number): string {
  if (seconds < 90) return `${Math.ceil(seconds)} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

/** "3 hours ago", or the full date for anything older than a week. */
export function when(iso: string, now = Date.now()): string {
  const age = now - Date.parse(iso);
  return age < 7 * 24 * 3600 * 1000 ? relativeTime(iso, now) : exactTime(iso);
}

export {exactTime};

/** The article page of a thread: path-like keys resolve against the site's origin. */
export function threadUrl(thread: string, site: string | undefined): string | undefined {
  if (!thread.startsWith('/') || thread.startsWith('//') || !site) return undefined;
  try {
    return new URL(thread, site).href;
  } catch {
    return undefined;
  }
}

/** A web address the owner may follow (never `javascript:` and the like). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;
