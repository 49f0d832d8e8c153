// JSON allows only these four as white space between tokens.
const JSON_SPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * The first member name that appears twice in one object of `text`, which
 * must already be valid JSON (JSON.parse accepted it). JSON.parse silently
 * keeps the last of two `"body"` members while other readers (a proxy, a log
 * tool) may keep the first, so the server refuses such bodies rather than
 * guess. A loop with an explicit stack, not recursion: nesting depth is only
 * bounded by the request size.
 */
export function findDuplicateName(text: string): string | undefined {
  // One entry per open bracket: the names seen so far in an object, null for an array.
  const open: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') open.push(new Set());
    else if (char === '[') open.push(null);
    else if (char === '}' || char === ']') open.pop();
    else if (char === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const names = open.at(-1);
      if (!names) continue;
      // Inside an object, a string is a member name exactly when a colon follows it.
      let next = i + 1;
      while (JSON_SPACE.has(text[next])) next++;
      if (text[next] !== ':') continue;
      const raw = text.slice(start, i + 1);
      // Escapes spell one name several ways ("body" and "b\u006fdy"): compare decoded names.
      const name = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      if (names.has(name)) return name;
      names.add(name);
    }
  }
  return undefined;
}
