import {readFileSync} from 'node:fs';

/** The fenced code block after `<!-- sso-example: NAME -->` in docs/sso.md, as the reader sees it. */
export function ssoExample(name: string): string {
  const doc = readFileSync(new URL('../../../docs/sso.md', import.meta.url), 'utf8');
  const marker = `<!-- sso-example: ${name} -->`;
  const start = doc.indexOf(marker);
  if (start < 0) throw new Error(`docs/sso.md has no ${marker}`);
  const block = /```\w*\n([\s\S]*?)```/.exec(doc.slice(start));
  if (!block) throw new Error(`docs/sso.md has no code block after ${marker}`);
  return block[1];
}
