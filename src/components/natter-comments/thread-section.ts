/**
 * What `<natter-comments>` does once its comments are on screen: renders the
 * thread with the sort control, "Load more" and "N new comments"; answers
 * clicks (reply, show or hide replies, more replies), the reply form's
 * events, `#comment-<id>` links and broken avatars; shows comments that
 * carry HTML once the sanitiser has loaded. It comes with the thread view
 * (see thread-view.ts), so a page pays for it only when a section loads.
 */
import {html, nothing, type ReactiveControllerHost} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';
import type {Identity} from '../../core/identity.js';
import {translator, type Translate, type Wording} from '../../core/format.js';
import {listMessages} from '../../core/list-messages.js';
import type {MessageOverrides} from '../../core/messages.js';
import {threadMessages} from '../../core/thread-messages.js';
import type {ThreadNode} from '../../core/thread.js';
import type {Comment, SortOrder} from '../../core/types.js';
import type {CommentFailedEvent} from '../../events/comment-failed-event.js';
import type {CommentPostedEvent} from '../../events/comment-posted-event.js';
import type {CommentSendingEvent} from '../../events/comment-sending-event.js';
import {NatterErrorEvent} from '../../events/error-event.js';
import type {ReplyCancelEvent} from '../../events/reply-cancel-event.js';
import {renderNode, type CommentViewContext} from './comment-view.js';
import {renderIncoming, renderLoadMore, renderSort} from './list-controls.js';
import {hashTarget} from './location.js';
import {ReplyFormHost} from './reply-form-host.js';
import type {ThreadController} from './thread-controller.js';

const HIGHLIGHT_MS = 4000;

/** The strings this part of the section renders, carried with it. */
const sectionMessages = {...listMessages, ...threadMessages};
export type SectionTranslate = Translate<keyof typeof sectionMessages>;
/** Live comments often come in bursts: announce them once things settle. */
const ANNOUNCE_INCOMING_MS = 1000;

/**
 * The top-level comments, keyed so a new comment moves no other block, and
 * guarded so only blocks whose `rev` changed (or every block, when `rev`
 * does) render again.
 */
function renderRoots(roots: ThreadNode[], ctx: CommentViewContext, rev: number) {
  return repeat(
    roots,
    (root) => root.comment.id,
    (root) => guard([root, root.rev, rev], () => renderNode(root, ctx)),
  );
}

/** The element, as far as the section uses it. */
export interface SectionElement extends ReactiveControllerHost, HTMLElement {
  sort: SortOrder;
  messages: MessageOverrides;
  user: Identity | null;
  focusComment(id: string, scroll?: boolean): Promise<HTMLElement | undefined>;
}

/** What the element shares with its section. */
export interface SectionTools {
  data: ThreadController;
  /** The language and the page's overrides of this render. */
  wording: () => Wording;
  /** The language of this render. */
  lang: () => string;
  /** Base URL for relative avatar URLs (the endpoint). */
  avatarBase: () => string | undefined;
  /** Speaks a text through the element's live region. */
  announce: (text: string) => void;
  /** Runs `run` after `ms`, unless the element leaves the page first. */
  later: (run: () => void, ms: number) => void;
}

export class ThreadSection {
  /** Bumped when every comment block must render again (language, messages, avatars). */
  rev = 0;
  private readonly replies: ReplyFormHost;
  private readonly failedAvatars = new Set<string>();
  private readonly htmlBodies = new WeakMap<Comment, HTMLElement>();
  private sanitize?: (html: string) => DocumentFragment;
  private sanitizerRequested = false;
  private highlightId?: string;
  private announcedIncoming = 0;
  private readonly t: SectionTranslate;

  constructor(
    private readonly host: SectionElement,
    private readonly tools: SectionTools,
  ) {
    this.replies = new ReplyFormHost(host, () => tools.data);
    this.t = translator(sectionMessages, tools.wording);
  }

  /** Set by the same load that brought this module. */
  private get updates() {
    return this.tools.data.updates!;
  }

  /** The thread, and the form under it unless it answers a comment. */
  render() {
    const {data} = this.tools;
    const t = this.t;
    const {tree, incoming, sending, nextCursor} = data;
    if (!tree) return nothing;
    const ctx = this.viewContext();
    // Live comments wait while our own post is on its way: it may be among them.
    const held = sending.size ? 0 : incoming.length;
    return html`
      ${held ? renderIncoming(held, this.onReveal, t) : nothing}
      ${
        tree.roots.length
          ? html`<ol
              class="thread"
              part="list"
              role="list"
              @click=${this.onListClick}
              @error=${this.avatarErrorListener}
            >
              ${renderRoots(tree.roots, ctx, this.rev)}
            </ol>`
          : html`<p class="empty">${t('emptyPrompt')}</p>`
      }
      ${nextCursor ? renderLoadMore(data.more, this.onLoadMore, t) : nothing}
      ${data.liveError ? html`<p class="note">${t('liveUnavailable')}</p>` : nothing}
      ${this.replies.target === null ? this.replies.element(ctx.lang) : nothing}
    `;
  }

  /** The sort control, when the backend can sort. */
  renderSort() {
    const adapter = this.tools.data.adapter;
    if (!adapter || !this.tools.data.tree || adapter.capabilities?.sort === false) return nothing;
    return renderSort(this.host.sort, this.onSortChange, this.t);
  }

  /** A first page is on screen: say how many comments, then follow the page's `#comment-` link. */
  loaded(total: number): void {
    const {announce} = this.tools;
    const t = this.t;
    announce(total ? t('announceLoaded', {count: total}) : t('countNone'));
    this.announcedIncoming = 0;
    void this.revealHash();
  }

  /** Announces held-back live comments once a burst has settled. */
  announceIncoming(): void {
    const {data, later, announce} = this.tools;
    const t = this.t;
    const count = data.sending.size ? 0 : data.incoming.length;
    if (count === this.announcedIncoming) return;
    this.announcedIncoming = count;
    if (count === 0) return;
    later(() => {
      if (this.announcedIncoming === count) announce(t('announceNew', {count}));
    }, ANNOUNCE_INCOMING_MS);
  }

  /** Scrolls to, focuses and highlights the comment named by `#comment-<id>` in the page URL. */
  async revealHash(): Promise<void> {
    const id = hashTarget(location.hash);
    const tree = this.tools.data.tree;
    const node = id ? tree?.get(id) : undefined;
    if (!tree || !node) return;
    for (let up = node.container; up; up = up.container) {
      if (up.collapsed) {
        up.collapsed = false;
        tree.touch(up);
      }
    }
    this.setHighlight(node);
    await this.host.focusComment(node.comment.id);
    this.tools.later(() => {
      if (this.highlightId === node.comment.id) this.setHighlight(undefined);
    }, HIGHLIGHT_MS);
  }

  /** The reply form's events, which bubble to the section. */
  onFormEvent = (event: Event) => {
    if (event.type === 'natter-comment-sending') this.onSending(event as CommentSendingEvent);
    else if (event.type === 'natter-comment-posted')
      void this.onPosted(event as CommentPostedEvent);
    else if (event.type === 'natter-comment-failed') this.onFailed(event as CommentFailedEvent);
    else if (event.type === 'natter-reply-cancel') void this.onCancel(event as ReplyCancelEvent);
  };

  private viewContext(): CommentViewContext {
    const {data, lang} = this.tools;
    const t = this.t;
    const capabilities = data.adapter?.capabilities ?? {};
    return {
      t,
      replyText: t('replyButton'),
      lang: lang(),
      now: Date.now(),
      avatarBase: this.tools.avatarBase(),
      canReply: capabilities.replies !== false,
      canLoadReplies: typeof data.adapter?.listReplies === 'function',
      sending: data.sending,
      failedAvatars: this.failedAvatars,
      branches: data.branches,
      highlightId: this.highlightId,
      replyTarget: this.replies.target,
      form: this.replies.target === null ? undefined : this.replies.element(lang()),
      htmlBody: this.htmlBody,
    };
  }

  private setHighlight(node: ThreadNode | undefined): void {
    const tree = this.tools.data.tree;
    const old = this.highlightId ? tree?.get(this.highlightId) : undefined;
    if (old) tree?.touch(old);
    if (node) tree?.touch(node);
    this.highlightId = node?.comment.id;
    this.host.requestUpdate();
  }

  /** Renders every comment block again (a sanitiser or an avatar changed what they show). */
  private refresh(): void {
    this.rev++;
    this.host.requestUpdate();
  }

  private htmlBody = (comment: Comment): HTMLElement | undefined => {
    const known = this.htmlBodies.get(comment);
    if (known) return known;
    if (!this.sanitize) {
      this.loadSanitizer();
      return undefined;
    }
    // Wrapped once, then only ever moved: nothing edits the sanitised fragment.
    const holder = document.createElement('div');
    holder.className = 'body html';
    holder.setAttribute('part', 'body');
    holder.append(this.sanitize(comment.bodyHtml ?? ''));
    this.htmlBodies.set(comment, holder);
    return holder;
  };

  private loadSanitizer(): void {
    if (this.sanitizerRequested) return;
    this.sanitizerRequested = true;
    import('../../core/sanitize.js').then(
      (module) => {
        this.sanitize = module.sanitizeCommentHtml;
        this.refresh();
      },
      (error: unknown) => {
        // The plain-text body stays on screen; the next render may try again.
        this.sanitizerRequested = false;
        const reason = error instanceof Error ? error : new Error(String(error));
        this.host.dispatchEvent(new NatterErrorEvent(reason, 'load'));
      },
    );
  }

  private onSortChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.host.sort = value === 'newest' ? 'newest' : 'oldest';
  };

  private onReveal = async () => {
    const added = this.updates.revealIncoming();
    this.announcedIncoming = 0;
    if (!added.length) return;
    this.tools.announce(this.t('announceRevealed', {count: added.length}));
    await this.host.focusComment(added[0].comment.id);
  };

  private onLoadMore = async () => {
    const added = await this.updates.loadMore();
    const first = added.find((node) => !node.container) ?? added[0];
    if (!first) return;
    this.tools.announce(this.t('announceLoaded', {count: added.length}));
    await this.host.focusComment(first.comment.id);
  };

  private onListClick = (event: Event) => {
    const target = event.target as Element;
    const button = target.closest?.('button[data-action]');
    if (button instanceof HTMLButtonElement) {
      // The comment's id is on its <article>, or on the <li> holding "more replies".
      const holder = button.closest('li')?.querySelector(':scope > article');
      const id = holder?.id.slice('comment-'.length) ?? '';
      const action = button.dataset.action;
      if (action === 'reply') void this.replies.open(id);
      else if (action === 'toggle') this.toggle(id);
      else if (action === 'more-replies') void this.loadReplies(id);
      return;
    }
    // Clicking a permalink that is already the URL's hash fires no hashchange.
    const link = target.closest?.('a.permalink');
    if (link instanceof HTMLAnchorElement && link.hash === location.hash) void this.revealHash();
  };

  private toggle(id: string): void {
    const tree = this.tools.data.tree;
    const node = tree?.get(id);
    if (!tree || !node) return;
    node.collapsed = !node.collapsed;
    tree.touch(node);
    this.host.requestUpdate();
  }

  private async loadReplies(id: string): Promise<void> {
    const added = await this.updates.loadReplies(id);
    if (added.length) await this.host.focusComment(added[0].comment.id, false);
  }

  /** `error` does not bubble: the list listens in the capture phase for broken avatars. */
  private avatarErrorListener = {
    capture: true,
    handleEvent: (event: Event) => {
      const image = event.target;
      if (!(image instanceof HTMLImageElement)) return;
      image.hidden = true; // the generated initials underneath show at once
      this.failedAvatars.add(image.getAttribute('src') ?? '');
      this.refresh();
    },
  };

  private onSending(event: CommentSendingEvent): void {
    this.updates.addSending(event.comment);
  }

  private async onPosted(event: CommentPostedEvent): Promise<void> {
    const wasReply = this.replies.target !== null;
    const node = this.updates.confirmPosted(event.comment, event.tempId);
    this.replies.close();
    if (!node) return;
    // The form speaks for a top-level post; a reply's form has just moved, so we do.
    if (wasReply) {
      this.tools.announce(this.t(node.comment.status === 'pending' ? 'postedPending' : 'posted'));
    }
    await this.host.focusComment(node.comment.id);
  }

  private onFailed(event: CommentFailedEvent): void {
    this.updates.dropSending(event.tempId);
  }

  private async onCancel(event: ReplyCancelEvent): Promise<void> {
    const parentId = this.replies.target ?? event.parentId;
    this.replies.close();
    await this.host.updateComplete;
    if (parentId) {
      const article = this.host.shadowRoot?.getElementById(`comment-${parentId}`);
      article?.querySelector<HTMLElement>('button[data-action="reply"]')?.focus();
    }
  }
}
