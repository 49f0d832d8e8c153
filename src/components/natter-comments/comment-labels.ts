/**
 * The words around a comment that are not its text: the author's shown
 * name, "In reply to …" for a reply shown flat, the Reply button's label and
 * what a screen reader says on landing on a comment.
 */
import {html, nothing} from 'lit';
import {isFlattened, type ThreadNode} from '../../core/thread.js';
import type {Comment} from '../../core/types.js';
import {displayOf} from './comment-display.js';
import type {SectionTranslate} from './section-words.js';

/** What these labels need of a render's context. */
export interface LabelContext {
  t: SectionTranslate;
  avatarBase?: string;
}

/** The shown name of a comment's author (worked out once per comment). */
export const nameOf = (comment: Comment, ctx: LabelContext) =>
  displayOf(comment, ctx.avatarBase).name;

export function renderContext(node: ThreadNode, ctx: LabelContext) {
  if (node.orphan) return html`<p class="context">${ctx.t('inReplyToHidden')}</p>`;
  const parent = node.parent;
  if (!parent || !isFlattened(node)) return nothing;
  const name = parent.comment.status === 'deleted' ? '' : nameOf(parent.comment, ctx);
  return html`<p class="context">
    ${name ? ctx.t('inReplyTo', {name}) : ctx.t('inReplyToDeleted')}
  </p>`;
}

/**
 * "Reply to <name>", formatted once per name and render: a thread has far
 * fewer authors than comments. (A new context comes with every render, and
 * with it the language and messages of that render.)
 */
const replyLabels = new WeakMap<LabelContext, Map<string, string>>();

export function replyLabel(ctx: LabelContext, name: string): string {
  let labels = replyLabels.get(ctx);
  if (!labels) replyLabels.set(ctx, (labels = new Map()));
  let label = labels.get(name);
  if (label === undefined) {
    label = ctx.t('replyButtonLabel', {name});
    labels.set(name, label);
  }
  return label;
}

/** What a screen reader says on landing on a comment: who, when, and for a reply whom it answers and how deep it is. */
export function spokenLabel(node: ThreadNode, ctx: LabelContext, name: string, time: string) {
  const parent = node.parent?.comment;
  if (!parent) return ctx.t('commentAria', {name, time});
  const answered =
    parent.status === 'deleted'
      ? ctx.t('deletedComment')
      : nameOf(parent, ctx) || ctx.t('anonymous');
  return ctx.t('replyAria', {name, time, parent: answered, level: node.depth});
}
