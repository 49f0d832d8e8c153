import {readFile} from 'node:fs/promises';
import type {CommentRow, StoredStatus} from './db/schema.js';
import {markdownToText} from './domain/markdown-text.js';
import {normaliseThreadKey} from './domain/thread-key.js';
import type {Services} from './services.js';
import {insertComment} from './store/write.js';

/** A discussion file: `{"thread": "/demo/", "comments": [Comment, ...]}` in the protocol's Comment shape. */
export interface Discussion {
  thread: string;
  comments: {
    id: string;
    parentId: string | null;
    author: {name: string; url?: string};
    body: string;
    /** The text as written, in the Markdown subset; `body` is then ignored. */
    markdown?: string;
    createdAt: string;
    status?: 'published' | 'pending' | 'deleted';
  }[];
}

/**
 * Imports a discussion into its thread, keeping ids, dates and parents, when
 * that thread has no comments yet (so restarting does not import twice).
 * Returns how many comments were imported.
 */
export async function importDiscussion(
  services: Services,
  discussion: Discussion,
): Promise<number> {
  const {db, identity} = services;
  const thread = normaliseThreadKey(discussion.thread);
  const existing = await db
    .selectFrom('comments')
    .select('id')
    .where('thread', '=', thread)
    .limit(1)
    .executeTakeFirst();
  if (existing || !Array.isArray(discussion.comments)) return 0;
  const pending = [...discussion.comments].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
  const rows = new Map<string, CommentRow>();
  // Parents first, whatever the file's order: a reply waits until its parent is in.
  while (pending.length > 0) {
    const index = pending.findIndex((c) => c.parentId === null || rows.has(c.parentId));
    if (index === -1)
      throw new Error(`Comment ${pending[0].id} answers a comment that is not in the file`);
    const [comment] = pending.splice(index, 1);
    const createdAt = new Date(comment.createdAt);
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(comment.id) || Number.isNaN(createdAt.getTime())) {
      throw new Error(`Comment ${JSON.stringify(comment.id)} has a bad id or date`);
    }
    const status: StoredStatus = comment.status ?? 'published';
    const {row} = await insertComment(db, {
      id: comment.id,
      createdAt: createdAt.toISOString(),
      thread,
      parent: comment.parentId === null ? null : (rows.get(comment.parentId) ?? null),
      ...(typeof comment.markdown === 'string'
        ? {body: markdownToText(comment.markdown), markdown: comment.markdown}
        : {body: String(comment.body ?? '')}),
      name: String(comment.author?.name ?? ''),
      email: null,
      url: comment.author?.url ?? null,
      authorKey: identity.importedAuthorKey(String(comment.author?.name ?? '')),
      tokenHash: null,
      status,
      idempotencyKey: null,
    });
    rows.set(row.id, row);
  }
  return rows.size;
}

/** Reads a discussion file and imports it (see `importDiscussion`). */
export async function seedFromFile(services: Services, file: string): Promise<number> {
  const discussion = JSON.parse(await readFile(file, 'utf8')) as Discussion;
  return importDiscussion(services, discussion);
}
