/** Reading the page's address: the default thread key and `#comment-<id>` targets. */

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
