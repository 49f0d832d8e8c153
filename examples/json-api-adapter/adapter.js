// A Natter adapter for the comments API in server.js. It uses only the
// public package: `AdapterError` and the adapter kit's helpers for every
// failure, and the contract's types through JSDoc. The API has neither
// paging nor idempotency keys, so the adapter pages the list itself and
// remembers the drafts it is sending (`oncePerKey`).
import {AdapterError, errorForStatus, oncePerKey} from 'natter/adapter-kit';

/** @typedef {import('natter').CommentsAdapter} CommentsAdapter */
/** @typedef {import('natter').Comment} Comment */

// The API's field names, as the contract's `validation` errors name them.
const FIELDS = {text: 'body', name: 'name', email: 'email', website: 'url'};

/**
 * @param {object} options
 * @param {string} options.endpoint Where the API is, e.g. `http://127.0.0.1:8787`.
 * @param {string} [options.visitor] This reader's id, so the API shows them
 *   their own held comments. A page would keep one per browser (localStorage).
 * @returns {CommentsAdapter}
 */
export function createJsonApiAdapter({endpoint, visitor = crypto.randomUUID()}) {
  const base = endpoint.replace(/\/+$/, '');
  const postUrl = (thread) => `${base}/posts/${encodeURIComponent(thread)}/comments`;
  /** Creates in flight or done, by idempotency key: a retry gets the same comment. */
  const sending = oncePerKey();

  return {
    capabilities: {requiresEmail: true, replies: true, sort: true},

    async list(thread, {cursor, sort = 'oldest', pageSize = 20, signal} = {}) {
      const offset = cursor === undefined ? 0 : Number(cursor);
      if (!Number.isInteger(offset) || offset < 0) {
        throw new AdapterError('validation', 'This page link is not valid.', {field: 'cursor'});
      }
      const url = `${postUrl(thread)}?visitor=${encodeURIComponent(visitor)}`;
      const data = await call(url, {signal});
      if (!Array.isArray(data?.comments)) throw unreadable();
      const all = data.comments.map(toComment);
      const tops = all.filter((c) => c.parentId === null);
      if (sort === 'newest') tops.reverse();
      const shown = tops.slice(offset, offset + pageSize);
      const end = offset + shown.length;
      return {
        comments: [...shown, ...below(all, shown)],
        total: all.length,
        nextCursor: end < tops.length ? String(end) : undefined,
      };
    },

    async create(thread, draft, {idempotencyKey, signal}) {
      // The API's ids are numbers: any other id names no comment it has.
      if (draft.parentId !== null && !/^\d+$/.test(draft.parentId)) {
        throw new AdapterError('not-found', 'That comment is no longer there.', {
          field: 'parentId',
        });
      }
      const comment = await sending.run(idempotencyKey, () =>
        call(postUrl(thread), {
          signal,
          method: 'POST',
          headers: {'content-type': 'application/json'},
          body: JSON.stringify({
            text: draft.body,
            name: draft.author.name,
            email: draft.author.email,
            website: draft.author.url,
            replyTo: draft.parentId === null ? null : Number(draft.parentId),
            visitor,
          }),
        }).then((data) => toComment(data.comment)),
      );
      // A fresh copy for each caller: the widget may keep what it gets.
      return structuredClone(comment);
    },

    async count(threads, {signal} = {}) {
      const query = threads.map((t) => `post=${encodeURIComponent(t)}`).join('&');
      const data = await call(`${base}/counts?${query}`, {signal});
      const counts = data?.counts ?? {};
      return Object.fromEntries(threads.map((t) => [t, Number(counts[t]) || 0]));
    },
  };
}

/** Every comment below `tops`, at any depth. */
function below(all, tops) {
  const wanted = new Set(tops.map((c) => c.id));
  const found = [];
  for (const c of all) {
    // The API lists oldest first, so a parent always comes before its replies.
    if (c.parentId !== null && wanted.has(c.parentId)) {
      wanted.add(c.id);
      found.push(c);
    }
  }
  return found;
}

/** The API's comment in the contract's shape, copying only what the contract allows. */
function toComment(c) {
  if (!c || typeof c.id !== 'number' || typeof c.text !== 'string') throw unreadable();
  if (!Number.isFinite(c.postedAt) || (c.replyTo !== null && typeof c.replyTo !== 'number')) {
    throw unreadable();
  }
  const website = typeof c.website === 'string' && /^https?:\/\//i.test(c.website);
  return {
    id: String(c.id),
    parentId: c.replyTo === null ? null : String(c.replyTo),
    author: {name: String(c.name ?? ''), ...(website ? {url: c.website} : {})},
    body: c.text,
    createdAt: new Date(c.postedAt).toISOString(),
    status: c.approved ? 'published' : 'pending',
  };
}

const unreadable = () =>
  new AdapterError('server', 'The comments service sent an answer it cannot read.');

/** fetch, with every way it can fail turned into an AdapterError. */
async function call(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw new AdapterError('aborted', 'Cancelled.', {cause: error});
    throw new AdapterError('network', 'Could not reach the comments service.', {cause: error});
  }
  let data;
  try {
    data = await response.json();
  } catch (error) {
    if (init.signal?.aborted) throw new AdapterError('aborted', 'Cancelled.', {cause: error});
    throw new AdapterError('server', 'The comments service sent an answer it cannot read.', {
      status: response.status,
      cause: error,
    });
  }
  if (response.ok) return data;
  // The API names its own fields; a 404 here is always the comment replied to.
  const field = FIELDS[data?.field] ?? (response.status === 404 ? 'parentId' : undefined);
  throw errorForStatus(response.status, {message: data?.message, field});
}
