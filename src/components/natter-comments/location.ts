/** Reading the page's address: the default thread key, `#comment-<id>` targets, relative URLs. */

/** The path of `<link rel="canonical">` when the page has one, else `location.pathname`. */
export function defaultThreadKey(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  if (canonical) {
    try {
      return new URL(canonical.getAttribute('href') ?? '', document.baseURI).pathname;
    } catch {
      // An unparsable canonical link: fall back to where we are.
    }
  }
  return location.pathname || '/';
}

/** The comment id in a `#comment-<id>` hash, or `undefined`. */
export function hashTarget(hash: string): string | undefined {
  const match = /^#comment-(.+)$/s.exec(hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** The absolute URL of `endpoint`, against which a backend's relative URLs (avatars) resolve. */
export function endpointBase(endpoint: string | undefined): string | undefined {
  try {
    return new URL(endpoint?.trim() || '.', document.baseURI).href;
  } catch {
    return document.baseURI;
  }
}
