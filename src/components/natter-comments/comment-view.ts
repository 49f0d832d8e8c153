/**
 * Templates for one comment and its replies. Plain functions, not an element
 * per comment, and as few nested templates as possible: a comment is one
 * template instance plus its body element (see body-element.ts), with what
 * it shows worked out beforehand (comment-display.ts). Buttons carry
 * `data-action`, and the comment they act on is the enclosing article; the
 * list handles their clicks with one listener.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {repeat} from 'lit/directives/repeat.js';
import {isFlattened, type ThreadNode} from '../../core/thread.js';
import {relativeTime} from '../../core/time.js';
import type {Comment} from '../../core/types.js';
import {displayOf, exactOf, plainBodyOf, type CommentDisplay} from './comment-display.js';
import {renderContext, replyLabel, spokenLabel} from './comment-labels.js';
import {quoteButton} from './quote-button.js';
import type {BranchState} from './thread-state.js';
import type {SectionTranslate} from './section-words.js';
import {verifiedMark} from './verified-mark.js';
import {editSlot, renderEdited, renderReaderActions, type ReaderView} from './reader-view.js';

export interface CommentViewContext {
  t: SectionTranslate;
  /** The Reply button's text, looked up once per render rather than per comment. */
  replyText: string;
  lang: string;
  now: number;
  /** Base URL for relative avatar URLs (the endpoint). */
  avatarBase?: string;
  canReply: boolean;
  canLoadReplies: boolean;
  sending: ReadonlySet<string>;
  /** Stand-ins written offline, waiting to be sent. */
  queued: ReadonlySet<string>;
  failedAvatars: ReadonlySet<string>;
  branches: ReadonlyMap<string, BranchState>;
  highlightId?: string;
  /** The comment the reply form sits under, and the form itself. */
  replyTarget: string | null;
  form?: HTMLElement;
  /** The body element of a comment with `bodyHtml`, once the sanitiser has loaded. */
  htmlBody: (comment: Comment) => HTMLElement | undefined;
  /** Votes, Edit and Delete, where the backend offers them (reader-view.ts). */
  reader?: ReaderView;
  /** Where the backend keeps Markdown: a comment's body once the renderer has loaded, and Quote. */
  markdownBody?: (comment: Comment) => HTMLElement | undefined;
  canQuote?: boolean;
}

function bodyOf(comment: Comment, ctx: CommentViewContext, display: CommentDisplay) {
  if (comment.status === 'deleted') {
    return html`<div class="body" part="body">
      <p class="tombstone">${ctx.t('deletedComment')}</p>
    </div>`;
  }
  const editing = editSlot(comment, ctx);
  if (editing) return editing;
  const rich = comment.bodyHtml ? ctx.htmlBody(comment) : ctx.markdownBody?.(comment);
  return rich || plainBodyOf(comment, display);
}

function renderToggle(node: ThreadNode, ctx: CommentViewContext) {
  const id = node.comment.id;
  return html`<button
    type="button"
    part="button"
    data-action="toggle"
    aria-expanded=${node.collapsed ? 'false' : 'true'}
    aria-controls=${ifDefined(node.collapsed ? undefined : `replies-${id}`)}
  >
    ${node.collapsed ? ctx.t('showReplies', {count: node.replyCount}) : ctx.t('hideReplies')}
  </button>`;
}

function renderMoreReplies(node: ThreadNode, ctx: CommentViewContext) {
  const more = node.comment.moreReplies ?? 0;
  if (!(more > 0) || !ctx.canLoadReplies || node.collapsed) return nothing;
  const state = ctx.branches.get(node.comment.id);
  return html`<div class="more-replies">
    ${state?.error ? html`<p class="error">${ctx.t('repliesError')}</p>` : nothing}
    <button
      type="button"
      part="button"
      data-action="more-replies"
      ?disabled=${state?.loading ?? false}
    >
      ${state?.loading ? ctx.t('loadingMore') : ctx.t('moreReplies', {count: more})}
    </button>
  </div>`;
}

function renderReplies(node: ThreadNode, ctx: CommentViewContext) {
  const children = node.children;
  if (!children.length || node.collapsed) return nothing;
  // A flattened list (replies beyond the last level) is not indented again.
  const flat = isFlattened(children[0]);
  return html`<ol
    class=${flat ? 'replies flat' : 'replies'}
    id="replies-${node.comment.id}"
    role="list"
  >
    ${children.map((child) => renderNode(child, ctx))}
  </ol>`;
}

/** The reply form, replies and "more replies" under a comment; nothing at all for most. */
function renderTail(node: ThreadNode, ctx: CommentViewContext) {
  const slot = ctx.replyTarget === node.comment.id && ctx.form;
  const more = (node.comment.moreReplies ?? 0) > 0;
  if (!slot && !more && (!node.children.length || node.collapsed)) return nothing;
  return html`${slot ? html`<div class="reply-slot">${ctx.form}</div>` : nothing}${renderReplies(
    node,
    ctx,
  )}${renderMoreReplies(node, ctx)}`;
}

/** One comment, the reply form when it is open under it, and its replies. */
export function renderNode(node: ThreadNode, ctx: CommentViewContext): TemplateResult {
  const comment = node.comment;
  const id = comment.id;
  const display = displayOf(comment, ctx.avatarBase);
  const deleted = comment.status === 'deleted';
  const queued = ctx.queued.has(id);
  const sending = queued || ctx.sending.has(id);
  const pending = !sending && comment.status === 'pending';
  const highlighted = ctx.highlightId === id;
  const name = deleted ? '' : display.name || ctx.t('anonymous');
  const website = deleted ? undefined : display.website;
  const avatar =
    !deleted && display.avatar && !ctx.failedAvatars.has(display.avatar) ? display.avatar : '';
  const canReply = ctx.canReply && !deleted && !sending && !pending;
  let classes = 'comment';
  if (deleted) classes += ' deleted';
  if (sending) classes += ' sending';
  if (pending) classes += ' pending';
  if (highlighted) classes += ' highlighted';
  const noteKey = queued ? 'queuedComment' : sending ? 'sendingComment' : 'awaitingModeration';
  const note = sending || pending ? ctx.t(noteKey) : '';
  const when = relativeTime(node.time, ctx.now, ctx.lang);
  // Text goes in through `.textContent`: no marker nodes, one text node each.
  // The author link's `rel` is LINK_REL (core/url.ts) written out, so it
  // costs no binding.
  return html`<li>
    <article
      id="comment-${id}"
      class=${classes}
      part="comment"
      tabindex="-1"
      aria-label=${spokenLabel(node, ctx, deleted ? ctx.t('deletedComment') : name, when)}
    >
      <header class="meta">
        <span
          class=${deleted ? 'avatar none' : display.avatarClass}
          part="avatar"
          aria-hidden="true"
          ><span .textContent=${deleted ? '' : display.initials}></span>${
            avatar
              ? html`<img
                  src=${avatar}
                  alt=""
                  width="40"
                  height="40"
                  loading="lazy"
                  decoding="async"
                />`
              : nothing
          }</span
        >
        <a class="author" part="author" href=${ifDefined(website)} rel="nofollow ugc noopener"
          ><bdi .textContent=${name}></bdi
        ></a>
        ${verifiedMark(comment, ctx.t)}
        <a class="permalink" href="#comment-${id}"
          ><time
            datetime=${display.iso}
            title=${exactOf(display, node.time, ctx.lang)}
            .textContent=${when}
          ></time
        ></a>
        ${renderEdited(comment, ctx)} ${renderContext(node, ctx)}
      </header>
      ${
        note
          ? html`${bodyOf(comment, ctx, display)}
              <p class="state">${note}</p>`
          : bodyOf(comment, ctx, display)
      }
      <div class="actions" part="actions">
        <button
          type="button"
          part="button"
          data-action="reply"
          aria-label=${ifDefined(canReply ? replyLabel(ctx, name) : undefined)}
          ?hidden=${!canReply}
          .textContent=${ctx.replyText}
        ></button
        >${canReply && ctx.canQuote ? quoteButton(ctx, name) : nothing}${
          node.children.length ? renderToggle(node, ctx) : nothing
        }
        ${renderReaderActions(comment, ctx, sending)}
      </div>
    </article>
    ${renderTail(node, ctx)}
  </li>`;
}

/**
 * The top-level comments, keyed so a new comment moves no other block, and
 * guarded so only blocks whose `rev` changed (or every block, when `rev`
 * does) render again.
 */
export function renderRoots(roots: ThreadNode[], ctx: CommentViewContext, rev: number) {
  return repeat(
    roots,
    (root) => root.comment.id,
    (root) => guard([root, root.rev, rev], () => renderNode(root, ctx)),
  );
}
