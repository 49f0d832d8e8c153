import {equal, rejectsWith} from './assert.js';
import type {Register} from './cases-core.js';
import type {TestKit} from './kit.js';

/** The longest thread key, in characters (code points), that every backend keyed by path accepts. */
const MAX_THREAD_KEY = 512;

/** Path-keyed backends only: a backend keyed by post ID (WordPress) has no such rule. */
function pathKeyed(t: TestKit): void {
  t.need('threadKeys');
  if (!t.thread.startsWith('/')) t.skip('the backend does not key threads by path');
}

/** `t.thread` extended with `fill` to exactly `length` characters. */
function keyOfLength(t: TestKit, length: number, fill: string): string {
  const base = `${t.thread}/`;
  return base + fill.repeat(length - [...base].length);
}

/**
 * A comment sent to `key` is refused. (Posting, not listing: a key in a URL's
 * query reaches a server with half a surrogate pair already replaced.)
 */
async function refusesKey(t: TestKit, key: string, what: string): Promise<void> {
  const draft = t.draft('Sent to a key no backend takes.');
  await rejectsWith(
    t.adapter.create(key, draft, {idempotencyKey: t.key()}),
    'validation',
    `posting to ${what}`,
    'thread',
  );
}

/**
 * One rule for thread keys, whoever stores them: the in-browser backends
 * follow the reference server's, and these cases fail if the two drift.
 */
export function registerThreadKeyCases(test: Register): void {
  test('treats a path with a trailing slash, a query or a fragment as the same thread', async (t) => {
    pathKeyed(t);
    const created = await t.adapter.create(
      `${t.thread}///`,
      t.draft('One thread, many spellings.'),
      {
        idempotencyKey: t.key(),
      },
    );
    for (const spelling of [
      t.thread,
      `${t.thread}/`,
      `${t.thread}?utm_source=feed`,
      `${t.thread}#comments`,
    ]) {
      const page = await t.adapter.list(spelling, {});
      equal(page.comments[0]?.id, created.id, `the comment listed under ${spelling}`);
    }
  });

  test('counts a thread key in characters, not UTF-16 units', async (t) => {
    pathKeyed(t);
    // 512 emoji are 1,024 UTF-16 units: still a valid key.
    const longest = keyOfLength(t, MAX_THREAD_KEY, '\u{1F30A}');
    const created = await t.adapter.create(longest, t.draft('At the limit.'), {
      idempotencyKey: t.key(),
    });
    equal((await t.adapter.list(longest, {})).comments[0]?.id, created.id, 'listed at the limit');
    await refusesKey(t, keyOfLength(t, MAX_THREAD_KEY + 1, 'a'), 'a key one character too long');
  });

  test('refuses a thread key with control characters or half a surrogate pair (validation, field thread)', async (t) => {
    pathKeyed(t);
    await refusesKey(t, `${t.thread}/\u0007bell`, 'a key with BEL');
    await refusesKey(t, `${t.thread}/\u0085next-line`, 'a key with a C1 control');
    await refusesKey(t, `${t.thread}/\ud83c`, 'a key with a lone high surrogate');
    await refusesKey(t, `${t.thread}/\udf0a`, 'a key with a lone low surrogate');
  });
}
