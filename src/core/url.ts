/**
 * The one place that decides what a URL from a comment may be: the author's
 * website, a link in a body, an avatar. Lit does not check URL schemes in
 * attribute bindings, so every such binding goes through here.
 */

/** The `rel` of every link a comment carries: no ranking credit, no window handle. */
export const LINK_REL = 'nofollow ugc noopener';

// C0 controls, DEL, C1 controls and Unicode white space / invisible marks,
// trimmed from both ends. Inside a URL, the URL parser deals with them.
const EDGE_JUNK =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/;

/** Trims in one pass from each end: a `/junk+$/` search is quadratic on long inner runs. */
function trimEdges(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && EDGE_JUNK.test(raw[start])) start++;
  while (end > start && EDGE_JUNK.test(raw[end - 1])) end--;
  return raw.slice(start, end);
}

export interface SafeUrlOptions {
  /** Allow `mailto:` (links in bodies only). */
  allowMailto?: boolean;
  /** Resolve relative URLs against this base (avatars from the backend). */
  base?: string;
}

/**
 * Returns a normalised absolute URL when `raw` is http(s) (or mailto when
 * allowed), else `undefined`. Callers render `undefined` as text, never as a link.
 */
export function safeUrl(raw: string, options: SafeUrlOptions = {}): string | undefined {
  const trimmed = trimEdges(raw);
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = options.base ? new URL(trimmed, options.base) : new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  if (options.allowMailto && url.protocol === 'mailto:') return url.href;
  return undefined;
}
