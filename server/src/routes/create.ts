import type {Context} from 'hono';
import type {CommentRow} from '../db/schema.js';
import {commentText} from '../domain/comment-text.js';
import {validateDraft, LIMITS, type ValidDraft} from '../domain/validate.js';
import {HttpError, notFound, validationError} from '../http/errors.js';
import {readJsonObject, requireJson} from '../http/request.js';
import {withSignedInAuthor} from '../http/signed-in.js';
import {readViewer} from '../http/viewer.js';
import type {Services} from '../services.js';
import {newId} from '../store/ids.js';
import {blockFor, isThreadClosed} from '../store/owner.js';
import {authorView, avatarPath, type PublicComment} from '../store/view.js';
import {isVerifiedName, rememberVerifiedName} from '../store/verified-names.js';
import {live} from '../store/visibility.js';
import {findByIdempotencyKey, findDuplicate, hasPublished, insertComment} from '../store/write.js';

const MAX_DEPTH = 32;
const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** `POST /api/comments`: checks, moderation, idempotency, then one row and one live event. */
export async function createComment(services: Services, c: Context): Promise<Response> {
  const {db, identity, options, limits, hub} = services;
  requireJson(c);
  await limits.posts.take(services.clientAddress(c));
  const key = readIdempotencyKey(c.req.header('Idempotency-Key'));
  const input = await readJsonObject(c);
  const viewer = await readViewer(services, c);
  const {user} = viewer;
  // The site vouches for a signed-in reader, with or without an address.
  const draft = validateDraft(withSignedInAuthor(input, user), !options.emailOptional && !user);
  const tokenHash = viewer.tokenHash;
  const id = newId();
  const authorKey = viewer.authorKey(id);

  if (isBot(draft, options.minFillMs))
    return c.json({comment: decoy(draft, id, authorKey, tokenHash, options.editWindowMs)}, 201);

  if (key) {
    const earlier = await findByIdempotencyKey(db, key);
    if (earlier) return replay(c, earlier, tokenHash, options.editWindowMs);
  }
  if (!user && (await isVerifiedName(db, draft.name))) {
    throw validationError(
      'name',
      'Someone who signs in on this site comments under this name; sign in to use it, or choose another name.',
    );
  }
  if (await isThreadClosed(db, draft.thread)) {
    throw new HttpError(403, 'closed', 'Comments are closed on this page.');
  }
  await services.proofOfWork?.require(c.req.header('X-Natter-Proof'));
  const parent = draft.parentId ? await visibleParent(services, draft, tokenHash) : null;
  if (parent && parent.depth + 1 > MAX_DEPTH) {
    throw validationError('parentId', `Replies may nest at most ${MAX_DEPTH} levels deep.`);
  }
  // Per email and author token, so naming someone else's address spends only
  // the sender's budget; checked now, spent once the comment is stored.
  const emailBudget = draft.email ? `${identity.emailKey(draft.email)}/${tokenHash ?? '-'}` : null;
  if (emailBudget) await limits.postsPerEmail.check(emailBudget);
  const since = new Date(Date.now() - DUPLICATE_WINDOW_MS).toISOString();
  const {body, markdown} = commentText(draft.body);
  const name = draft.name;
  if (await findDuplicate(db, {thread: draft.thread, tokenHash, name, body, since, key})) {
    throw new HttpError(409, 'duplicate', 'You have already posted this comment here.');
  }
  const emailKey = draft.email ? identity.emailKey(draft.email) : null;
  const blocked = await blockFor(db, authorKey, emailKey);
  // A dropped author is answered as if held, so nothing tells them to change address.
  if (blocked === 'drop')
    return c.json({comment: decoy(draft, id, authorKey, tokenHash, options.editWindowMs)}, 201);
  const held =
    blocked === 'hold' ||
    options.moderation === 'all' ||
    (options.moderation === 'first-time' && !(await hasPublished(db, tokenHash)));
  const base = services.publicBase(c);
  const {row, created} = await db.transaction().execute(async (trx) => {
    const result = await insertComment(trx, {
      id,
      thread: draft.thread,
      parent,
      body,
      markdown,
      name: draft.name,
      email: draft.email,
      url: draft.url,
      authorKey,
      emailKey,
      tokenHash,
      status: held ? 'pending' : 'published',
      idempotencyKey: key,
      notifyReplies: draft.notifyReplies,
      verified: user && {avatar: user.avatar},
    });
    if (result.created && user) await rememberVerifiedName(trx, user.name);
    if (result.created) await services.notifier.created(trx, result.row, base);
    return result;
  });
  if (!created) return replay(c, row, tokenHash, options.editWindowMs);
  services.notifier.nudge();
  if (emailBudget) await limits.postsPerEmail.spend(emailBudget);
  await hub.publish({
    type: 'created',
    thread: row.thread,
    id: row.id,
    ...(row.status === 'published' ? {} : {ownerOnly: true}),
  });
  return c.json({comment: authorView(row, {tokenHash, editWindowMs: options.editWindowMs})}, 201);
}

function readIdempotencyKey(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  if (raw.length < 1 || raw.length > LIMITS.idempotencyKeyChars || !/^[\x21-\x7e]+$/.test(raw)) {
    throw validationError(
      'idempotencyKey',
      `Idempotency-Key must be 1 to ${LIMITS.idempotencyKeyChars} visible ASCII characters.`,
    );
  }
  return raw;
}

/** The answer to a retry: the comment the first request made, if it was this author's. */
function replay(c: Context, row: CommentRow, tokenHash: string | null, editWindowMs: number) {
  if (row.author_token_hash !== tokenHash) {
    throw new HttpError(
      409,
      'duplicate',
      'This Idempotency-Key was already used for another comment.',
    );
  }
  return c.json({comment: authorView(row, {tokenHash, editWindowMs})}, 200);
}

async function visibleParent(services: Services, draft: ValidDraft, tokenHash: string | null) {
  const parent = await services.db
    .selectFrom('comments as c')
    .selectAll('c')
    .where('c.id', '=', draft.parentId as string)
    .where('c.thread', '=', draft.thread)
    .where(live('c', tokenHash))
    .executeTakeFirst();
  if (!parent) throw notFound('The comment you are replying to is not there.', 'parentId');
  return parent;
}

function isBot(draft: ValidDraft, minFillMs: number): boolean {
  if (draft.honeypot !== '') return true;
  return minFillMs > 0 && (draft.elapsedMs === undefined || draft.elapsedMs < minFillMs);
}

/** What a bot is told: a plausible held comment that is never stored. */
function decoy(
  draft: ValidDraft,
  id: string,
  authorKey: string,
  tokenHash: string | null,
  editWindowMs: number,
): PublicComment {
  const author: PublicComment['author'] = {name: draft.name};
  if (draft.url) author.url = draft.url;
  author.avatar = avatarPath(authorKey);
  const now = Date.now();
  const comment: PublicComment = {
    id,
    parentId: draft.parentId,
    author,
    ...commentText(draft.body),
    createdAt: new Date(now).toISOString(),
    status: 'pending',
    votes: {up: 0, down: 0},
  };
  // Shaped like a real answer to the same request, own fields included.
  if (tokenHash !== null) {
    comment.own = true;
    if (editWindowMs > 0) comment.editableUntil = new Date(now + editWindowMs).toISOString();
  }
  return comment;
}
