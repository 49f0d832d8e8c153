/** The shapes the contract defines, checked value by value. */
import type {CommentPage} from '../adapters/types.js';
import type {Comment} from '../core/types.js';
import {equal, ok} from './assert.js';

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const STATUSES = ['published', 'pending', 'deleted'];

/** Checks that a value is a `Comment` as the contract defines it. */
export function assertComment(value: unknown, where: string): asserts value is Comment {
  ok(value && typeof value === 'object', `${where}: a comment must be an object`);
  const c = value as Record<string, unknown>;
  ok(typeof c.id === 'string' && c.id !== '', `${where}: id must be a non-empty string`);
  ok(
    c.parentId === null || (typeof c.parentId === 'string' && c.parentId !== ''),
    `${where}: parentId must be null or a comment id`,
  );
  const author = c.author as Record<string, unknown> | null;
  ok(author && typeof author === 'object', `${where}: author must be an object`);
  ok(typeof author.name === 'string', `${where}: author.name must be a string`);
  ok(!('email' in author), `${where}: author must never carry an email field`);
  for (const key of ['url', 'avatar']) {
    ok(author[key] === undefined || typeof author[key] === 'string', `${where}: author.${key}`);
  }
  ok(typeof c.body === 'string', `${where}: body must be a string`);
  ok(c.bodyHtml === undefined || typeof c.bodyHtml === 'string', `${where}: bodyHtml`);
  ok(
    typeof c.createdAt === 'string' &&
      ISO_8601.test(c.createdAt) &&
      !isNaN(Date.parse(c.createdAt)),
    `${where}: createdAt must be an ISO 8601 time, got ${String(c.createdAt)}`,
  );
  ok(STATUSES.includes(c.status as string), `${where}: status ${String(c.status)}`);
  const more = c.moreReplies;
  ok(
    more === undefined || (typeof more === 'number' && Number.isInteger(more) && more >= 0),
    `${where}: moreReplies must be a whole number`,
  );
}

/** Checks a page's shape and that its comments are unique. */
export function assertPage(page: CommentPage, where: string): void {
  ok(page && Array.isArray(page.comments), `${where}: comments must be an array`);
  ok(Number.isInteger(page.total) && page.total >= 0, `${where}: total must be a whole number`);
  ok(
    page.nextCursor === undefined ||
      (typeof page.nextCursor === 'string' && page.nextCursor !== ''),
    `${where}: nextCursor must be absent or a non-empty string`,
  );
  page.comments.forEach((c, i) => assertComment(c, `${where}, comment ${i}`));
  const ids = page.comments.map((c) => c.id);
  equal(new Set(ids).size, ids.length, `${where}: comments must not repeat`);
}
