/**
 * What `<natter-comments>` does once its comments are on screen: renders the
 * thread with the sort control, "Load more" and "N new comments", and
 * answers clicks and broken avatars. The thread's data is thread-state.ts's,
 * the reply form reply-form-host.ts's, the reader's own actions
 * reader-actions.ts's, `#comment-` links permalink.ts's, HTML and Markdown
 * bodies html-bodies.ts's. It comes with the thread view, so a page pays
 * for it only when a section loads.
 */
import {html, nothing} from 'lit';
import type {CommentsAdapter} from '../../adapters/types.js';
import {translator, type Wording} from '../../core/format.js';
import type {SortOrder} from '../../core/types.js';
import {NatterErrorEvent} from '../../events/error-event.js';
import {renderRoots, type CommentViewContext} from './comment-view.js';
import {richBodies} from './html-bodies.js';
import {handleThreadKey} from './keyboard.js';
import * as controls from './list-controls.js';
import {revealHash} from './permalink.js';
import {ReplyFormHost, type FormHostElement} from './reply-form-host.js';
import {ReaderActions} from './reader-actions.js';
import {sectionMessages, type SectionTranslate} from './section-words.js';
import type {ThreadState} from './thread-state.js';
import type {ThreadUpdates} from './thread-updates.js';

/** Live comments often come in bursts: announce them once things settle. */
const ANNOUNCE_INCOMING_MS = 1000;

/** The element, as far as the section uses it. */
export interface SectionElement extends FormHostElement {
  sort: SortOrder;
  focusComment(id: string, scroll?: boolean): Promise<HTMLElement | undefined>;
}

/** The loaded thread, as far as the section uses it (thread-controller.ts). */
export interface SectionData {
  readonly adapter?: CommentsAdapter;
  readonly threadKey: string;
  readonly liveError?: unknown;
  readonly updates?: ThreadUpdates;
}

/** What the element shares with its section. */
export interface SectionTools {
  data: SectionData;
  state: ThreadState;
  /** The language and the page's overrides of this render. */
  wording: () => Wording;
  /** Base URL for relative avatar URLs (the endpoint). */
  avatarBase: () => string | undefined;
  /** Speaks a text through the element's live region. */
  announce: (text: string) => void;
  /** Runs `run` after `ms`, unless the element leaves the page first. */
  later: (run: () => void, ms: number) => void;
}

export class ThreadSection {
  private readonly replies: ReplyFormHost;
  private reader?: ReaderActions;
  private readonly failedAvatars = new Set<string>();
  private readonly bodies: ReturnType<typeof richBodies>;
  private announcedIncoming = 0;
  private readonly t: SectionTranslate;
  private readonly state: ThreadState;

  constructor(
    private readonly host: SectionElement,
    private readonly tools: SectionTools,
  ) {
    const state = (this.state = tools.state);
    this.t = translator(sectionMessages, tools.wording);
    this.replies = new ReplyFormHost(host, tools.data, state, tools.announce, this.t);
    this.bodies = richBodies(
      () => state.redrawAll(),
      (error) => host.dispatchEvent(new NatterErrorEvent(error, 'load')),
    );
  }

  private get updates() {
    return this.tools.data.updates!;
  }

  /** The thread, and the form under it unless it answers a comment. */
  render() {
    const {state, t} = this;
    const {tree, incoming, sending, nextCursor, closed} = state;
    if (!tree) return nothing;
    const ctx = this.viewContext();
    // Live comments wait while our own post is on its way: it may be among them.
    const held = sending.size ? 0 : incoming.length;
    const live = Boolean(this.tools.data.adapter?.subscribe) && !this.tools.data.liveError;
    // A closed thread shows a note where the form (and the empty thread's prompt) would be.
    const foot = closed
      ? controls.renderClosed(t)
      : this.replies.target === null
        ? this.replies.element(ctx.lang)
        : nothing;
    return html`
      ${held || live ? controls.renderIncoming(held, this.onReveal, t) : nothing}
      ${
        tree.roots.length
          ? html`<ol
              class="thread"
              part="list"
              role="list"
              @click=${this.onListClick}
              @keydown=${this.onListKeydown}
              @error=${this.avatarErrorListener}
            >
              ${renderRoots(tree.roots, ctx, state.rev)}
            </ol>`
          : closed
            ? nothing
            : html`<p class="empty">${t('emptyPrompt')}</p>`
      }
      ${nextCursor ? controls.renderLoadMore(state.more, this.onLoadMore, t) : nothing}
      ${tree.roots.length ? controls.renderKeyHelp(t) : nothing}
      ${this.tools.data.liveError ? html`<p class="note">${t('liveUnavailable')}</p>` : nothing}
      ${foot}
    `;
  }

  /** The sort control, when the backend can sort. */
  renderSort() {
    const adapter = this.tools.data.adapter;
    if (!adapter || !this.state.tree || adapter.capabilities?.sort === false) return nothing;
    return controls.renderSort(
      this.state.tree.sort,
      this.onSortChange,
      this.t,
      adapter.capabilities?.top,
    );
  }

  /** A first page is on screen: say how many comments, then follow the page's `#comment-` link. */
  loaded(total: number): void {
    const t = this.t;
    this.tools.announce(total ? t('announceLoaded', {count: total}) : t('countNone'));
    this.announcedIncoming = 0;
    void this.revealHash();
  }

  /** Announces held-back live comments once a burst has settled. */
  announceIncoming(): void {
    const {later, announce} = this.tools;
    const {state, t} = this;
    const count = state.sending.size ? 0 : state.incoming.length;
    if (count === this.announcedIncoming) return;
    this.announcedIncoming = count;
    if (count === 0) return;
    later(() => {
      if (this.announcedIncoming === count) announce(t('announceNew', {count}));
    }, ANNOUNCE_INCOMING_MS);
  }

  /** Scrolls to, focuses and highlights the comment named by `#comment-<id>` in the page URL. */
  revealHash(): Promise<void> {
    return revealHash(this.state, this.host, this.tools.later, (id) =>
      this.updates.loadContext(id),
    );
  }

  private viewContext(): CommentViewContext {
    const {tools, state, t} = this;
    const adapter = tools.data.adapter;
    const lang = tools.wording().lang;
    const capabilities = adapter?.capabilities ?? {};
    return {
      t,
      replyText: t('replyButton'),
      lang,
      now: Date.now(),
      avatarBase: tools.avatarBase(),
      canReply: capabilities.replies !== false && !state.closed,
      canLoadReplies: typeof adapter?.listReplies === 'function',
      sending: state.sending,
      queued: state.queued,
      failedAvatars: this.failedAvatars,
      branches: state.branches,
      highlightId: state.highlightId,
      replyTarget: this.replies.target,
      form: this.replies.target === null ? undefined : this.replies.element(lang),
      htmlBody: this.bodies.html.get,
      reader: (this.reader ??= new ReaderActions({...tools, host: this.host, state, t})).view(lang),
      markdownBody: this.bodies.markdown.get,
      canQuote: capabilities.markdown === true,
    };
  }

  private onSortChange = (event: Event) => (this.host.sort = controls.chosenSort(event));

  private onReveal = async () => {
    const added = this.state.revealIncoming();
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

  private onListKeydown = (event: KeyboardEvent) =>
    handleThreadKey(event, event.currentTarget as Element, {
      open: (id) => void (this.state.closed || this.replies.open(id)),
      toggle: (id) => this.state.toggle(id),
    });

  private onListClick = (event: Event) => {
    const target = event.target as Element;
    const button = target.closest?.('button[data-action]');
    if (button instanceof HTMLButtonElement) {
      // The comment's id is on its <article>, or on the <li> holding "more replies".
      const holder = button.closest('li')?.querySelector(':scope > article');
      const id = holder?.id.slice('comment-'.length) ?? '';
      const action = button.dataset.action;
      if (action === 'reply') void this.replies.open(id);
      else if (action === 'toggle') this.state.toggle(id);
      else if (action === 'more-replies') void this.loadReplies(id);
      else if (action === 'quote') void this.replies.quote(id);
      else this.reader?.act(id, action);
      return;
    }
    // Clicking a permalink that is already the URL's hash fires no hashchange.
    const link = target.closest?.('a.permalink');
    if (link instanceof HTMLAnchorElement && link.hash === location.hash) void this.revealHash();
  };

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
      this.state.redrawAll();
    },
  };
}
