import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';
import type {CommentsAdapter} from '../../adapters/types.js';
import type {Identity} from '../../core/identity.js';
import {format, type MessageKey, type MessageOverrides} from '../../core/messages.js';
import type {ThreadNode} from '../../core/thread.js';
import {safeLang} from '../../core/time.js';
import type {Comment, SortOrder} from '../../core/types.js';
import type {CommentFailedEvent} from '../../events/comment-failed-event.js';
import type {CommentPostedEvent} from '../../events/comment-posted-event.js';
import type {CommentSendingEvent} from '../../events/comment-sending-event.js';
import {NatterErrorEvent} from '../../events/error-event.js';
import type {ReplyCancelEvent} from '../../events/reply-cancel-event.js';
import {renderNode, type CommentViewContext} from './comment-view.js';
import {describeLoadError} from './describe-load-error.js';
import {defaultThreadKey, hashTarget} from './location.js';
import {styles} from './natter-comments.styles.js';
import {ReplyFormHost} from './reply-form-host.js';
import {
  renderIncoming,
  renderLoadMore,
  renderProblem,
  renderSkeleton,
  renderSort,
} from './section-view.js';
import {ThreadController, type ThreadSource} from './thread-controller.js';

const HIGHLIGHT_MS = 4000;
/** Live comments often come in bursts: announce them once things settle. */
const ANNOUNCE_INCOMING_MS = 1000;
/** Properties that change what is fetched: a change reloads the thread. */
const SOURCE_PROPS = ['thread', 'endpoint', 'adapter', 'sort', 'pageSize'] as const;

/**
 * The comments section of an article: a count header, threaded comments with
 * live updates, and the reply form. Not registered on import: call
 * `NatterComments.define()` or import `natter/define`.
 *
 * @fires natter-loaded - The first page of the thread is on screen (`LoadedEvent`).
 * @fires natter-error - Loading, configuration or live updates failed (`NatterErrorEvent`).
 * @csspart base - The section around everything.
 * @csspart header - The heading with the count and the sort control.
 * @csspart sort - The sort `<select>`.
 * @csspart list - The list of top-level comments.
 * @csspart comment - Each comment (class `highlighted` while it is the link target).
 * @csspart avatar - The author's picture or generated initials.
 * @csspart author - The author's name (a link when they gave a website).
 * @csspart body - The comment's text.
 * @csspart actions - The row of Reply and Show/Hide replies buttons.
 * @csspart button - Every button of the section.
 * @csspart form - The reply form (`<natter-reply-form>`; its `field` part is exported too).
 * @csspart skeleton - The loading placeholder.
 * @csspart error - Error messages.
 * @cssprop --natter-font - Font (default: the page's).
 * @cssprop --natter-text - Text colour.
 * @cssprop --natter-muted - Secondary text (dates, notes).
 * @cssprop --natter-background - Background of the section.
 * @cssprop --natter-surface - Background of comments and placeholders.
 * @cssprop --natter-border - Lines and outlines.
 * @cssprop --natter-accent - Links, buttons and focus rings.
 * @cssprop --natter-on-accent - Text on accent-coloured buttons.
 * @cssprop --natter-error - Error messages.
 * @cssprop --natter-highlight - Background of the comment a link points at.
 * @cssprop --natter-radius - Corner radius.
 * @cssprop --natter-spacing - Base spacing unit.
 * @cssprop --natter-indent - Indentation of each reply level.
 * @cssprop --natter-avatar-size - Avatar size.
 */
export class NatterComments extends LitElement {
  static override styles = styles;

  /** Registers the element under `tag`, once. */
  static define(tag = 'natter-comments', registry: CustomElementRegistry = customElements) {
    if (!registry.get(tag)) registry.define(tag, class extends NatterComments {});
  }

  /** Thread key. Default: the path of `<link rel="canonical">`, else `location.pathname`. */
  @property({attribute: 'thread'}) thread?: string;
  /** Base URL of the backend. */
  @property({attribute: 'endpoint'}) endpoint?: string;
  /** Deepest level of nesting; deeper replies sit at this level and say whom they answer. */
  @property({attribute: 'max-depth', type: Number}) maxDepth = 5;
  /** Order of top-level comments: `oldest` (default) or `newest`. Replies are always oldest first. */
  @property({attribute: 'sort'}) sort: SortOrder = 'oldest';
  /** Top-level comments per page. */
  @property({attribute: 'page-size', type: Number}) pageSize = 20;
  /** Language of dates, numbers and plurals. Default: the closest `lang` of the page. */
  @property({attribute: 'lang'}) override lang!: string;
  /** `light`, `dark` or `auto` (default: follows the reader's system setting). */
  @property({attribute: 'theme', reflect: true}) theme?: 'light' | 'dark' | 'auto';
  /** `lazy` (default) fetches once the section nears the viewport; `eager` at once. */
  @property({attribute: 'loading'}) loading: 'lazy' | 'eager' = 'lazy';
  /** Overrides for any message of the catalogue. Property only. */
  @property({attribute: false}) messages: MessageOverrides = {};
  /** A signed-in person supplied by the host page, passed to the reply form. Property only. */
  @property({attribute: false}) user: Identity | null = null;

  private adapterObject?: CommentsAdapter;
  private adapterName?: string;

  /**
   * The backend: the `adapter` attribute names one (`rest`, `wordpress`,
   * `local`, `memory`; inferred from `endpoint` when absent), or an object
   * implementing `CommentsAdapter` is assigned to the property, which then
   * wins over the attributes.
   */
  @property({attribute: 'adapter'})
  get adapter(): CommentsAdapter | string | undefined {
    return this.adapterObject ?? this.adapterName;
  }
  set adapter(value: CommentsAdapter | string | undefined | null) {
    if (value && typeof value === 'object') {
      this.adapterObject = value;
    } else {
      this.adapterObject = undefined;
      this.adapterName = value ?? undefined;
    }
  }

  @state() private announcement = '';
  @state() private highlightId?: string;

  private readonly data = new ThreadController(this, () => this.source());
  private readonly replies = new ReplyFormHost(this, () => this.data);
  private readonly failedAvatars = new Set<string>();
  /** Bumped when every comment block must render again (language, messages, avatars). */
  private renderRev = 0;
  private sanitize?: (html: string) => DocumentFragment;
  private sanitizerRequested = false;
  private readonly htmlBodies = new WeakMap<Comment, HTMLElement>();
  private observer?: IntersectionObserver;
  private timers = new Set<ReturnType<typeof setTimeout>>();
  private announcedIncoming = 0;
  private renderLang?: string;

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    // The attribute only names an adapter; an assigned adapter object stays in charge.
    if (name === 'adapter') {
      const before = this.adapter;
      this.adapterName = value ?? undefined;
      this.requestUpdate('adapter', before);
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    if (this.hasUpdated) this.startWhenWanted();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.observer?.disconnect();
    this.observer = undefined;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  // Loads start here rather than in updated(): state set now joins this update.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('messages')) this.renderRev++;
    const status = this.data.status;
    if (status === 'idle') {
      this.startWhenWanted();
    } else if (SOURCE_PROPS.some((name) => changed.has(name))) {
      void this.reload();
    } else if (changed.has('maxDepth')) {
      this.data.rebuild(this.maxDepth);
    }
  }

  protected override updated(): void {
    this.announceIncoming();
  }

  /** Loads the thread again from the first page. */
  async reload(): Promise<void> {
    this.observer?.disconnect();
    this.observer = undefined;
    const applied = await this.data.load();
    if (!applied || this.data.status !== 'loaded') return;
    const total = this.data.total;
    this.announce(total ? this.t('announceLoaded', {count: total}) : this.t('countNone'));
    this.announcedIncoming = 0;
    void this.revealHash();
  }

  override render() {
    // Worked out once per render: every message and date of the thread uses it.
    this.renderLang = this.effectiveLang();
    const status = this.data.status;
    const t = this.t;
    let content;
    if (status === 'loaded') content = this.renderThread();
    else if (status === 'error') {
      content = renderProblem(this.errorText(), () => void this.reload(), t);
    } else if (status === 'config-error') content = renderProblem(this.errorText(), undefined, t);
    else content = renderSkeleton(t);
    return html`<section
      class="natter"
      part="base"
      aria-labelledby="heading"
      aria-busy=${status === 'loading' || status === 'idle' ? 'true' : 'false'}
      @natter-comment-sending=${this.onSending}
      @natter-comment-posted=${this.onPosted}
      @natter-comment-failed=${this.onFailed}
      @natter-reply-cancel=${this.onCancel}
    >
      <header class="header" part="header">
        <h2 id="heading">${this.heading()}</h2>
        ${this.showSort() ? renderSort(this.sort, this.onSortChange, t) : nothing}
      </header>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${content}
    </section>`;
  }

  private renderThread() {
    const {tree, incoming, sending, nextCursor} = this.data;
    if (!tree) return nothing;
    const ctx = this.viewContext();
    const rev = this.renderRev;
    // Live comments wait while our own post is on its way: it may be among them.
    const held = sending.size ? 0 : incoming.length;
    return html`
      ${held ? renderIncoming(held, this.onReveal, this.t) : nothing}
      ${
        tree.roots.length
          ? html`<ol
              class="thread"
              part="list"
              role="list"
              @click=${this.onListClick}
              @error=${this.avatarErrorListener}
            >
              ${repeat(
                tree.roots,
                (root) => root.comment.id,
                (root) => guard([root, root.rev, rev], () => renderNode(root, ctx)),
              )}
            </ol>`
          : html`<p class="empty">${this.t('emptyPrompt')}</p>`
      }
      ${nextCursor ? renderLoadMore(this.data.more, this.onLoadMore, this.t) : nothing}
      ${this.data.liveError ? html`<p class="note">${this.t('liveUnavailable')}</p>` : nothing}
      ${this.replies.target === null ? this.replies.element(ctx.lang) : nothing}
    `;
  }

  private viewContext(): CommentViewContext {
    const capabilities = this.data.adapter?.capabilities ?? {};
    return {
      t: this.t,
      replyText: this.t('replyButton'),
      lang: this.renderLang ?? this.effectiveLang(),
      now: Date.now(),
      avatarBase: this.avatarBase(),
      canReply: capabilities.replies !== false,
      canLoadReplies: typeof this.data.adapter?.listReplies === 'function',
      sending: this.data.sending,
      failedAvatars: this.failedAvatars,
      branches: this.data.branches,
      highlightId: this.highlightId,
      replyTarget: this.replies.target,
      form:
        this.replies.target === null
          ? undefined
          : this.replies.element(this.renderLang ?? this.effectiveLang()),
      htmlBody: this.htmlBody,
    };
  }

  private heading(): string {
    if (!this.data.tree) return this.t('commentsLabel');
    const total = this.data.total;
    return total > 0 ? this.t('count', {count: total}) : this.t('countNone');
  }

  private showSort(): boolean {
    const adapter = this.data.adapter;
    return Boolean(adapter && this.data.tree && adapter.capabilities?.sort !== false);
  }

  private errorText(): string {
    const {key, params} = describeLoadError(this.data.error);
    return this.t(key, params);
  }

  private source(): ThreadSource {
    const pageSize = Math.floor(Number(this.pageSize));
    return {
      adapterObject: this.adapterObject,
      adapterName: this.adapterName,
      endpoint: this.endpoint,
      thread: this.thread?.trim() || defaultThreadKey(),
      sort: this.sort === 'newest' ? 'newest' : 'oldest',
      pageSize: Number.isFinite(pageSize) && pageSize > 0 ? Math.min(pageSize, 100) : 20,
      maxDepth: this.maxDepth,
    };
  }

  /** Starts loading now (`eager`) or once the section nears the viewport (`lazy`). */
  private startWhenWanted(): void {
    if (this.data.status !== 'idle' || !this.isConnected || this.observer) return;
    if (this.loading === 'eager' || typeof IntersectionObserver === 'undefined') {
      void this.reload();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.reload();
      },
      {rootMargin: '600px 0px'},
    );
    this.observer.observe(this);
  }

  private t = (key: MessageKey, params?: Record<string, string | number>): string =>
    format(key, params, this.messages, this.renderLang ?? this.effectiveLang());

  private effectiveLang(): string {
    const declared = this.lang || this.closest('[lang]')?.getAttribute('lang');
    return safeLang(declared || document.documentElement.lang || navigator.language);
  }

  private avatarBase(): string | undefined {
    try {
      return new URL(this.endpoint?.trim() || '.', document.baseURI).href;
    } catch {
      return document.baseURI;
    }
  }

  /** Speaks `text` through the polite live region (emptied first so a repeat is spoken too). */
  private announce(text: string): void {
    this.announcement = '';
    this.later(() => (this.announcement = text), 150);
  }

  private announceIncoming(): void {
    const count = this.data.sending.size ? 0 : this.data.incoming.length;
    if (count === this.announcedIncoming) return;
    this.announcedIncoming = count;
    if (count === 0) return;
    this.later(() => {
      if (this.announcedIncoming === count) this.announce(this.t('announceNew', {count}));
    }, ANNOUNCE_INCOMING_MS);
  }

  private later(run: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }

  /** Moves focus to a comment (after the DOM has caught up). */
  async focusComment(id: string, scroll = true): Promise<HTMLElement | undefined> {
    await this.updateComplete;
    const element = this.shadowRoot?.getElementById(`comment-${id}`) ?? undefined;
    if (!element) return undefined;
    if (scroll) element.scrollIntoView({block: 'center'});
    element.focus({preventScroll: true});
    return element;
  }

  /** Scrolls to, focuses and highlights the comment named by `#comment-<id>` in the page URL. */
  private async revealHash(): Promise<void> {
    const id = hashTarget(location.hash);
    const tree = this.data.tree;
    const node = id ? tree?.get(id) : undefined;
    if (!tree || !node) return;
    for (let up = node.container; up; up = up.container) {
      if (up.collapsed) {
        up.collapsed = false;
        tree.touch(up);
      }
    }
    this.setHighlight(node);
    await this.focusComment(node.comment.id);
    this.later(() => {
      if (this.highlightId === node.comment.id) this.setHighlight(undefined);
    }, HIGHLIGHT_MS);
  }

  private setHighlight(node: ThreadNode | undefined): void {
    const tree = this.data.tree;
    const old = this.highlightId ? tree?.get(this.highlightId) : undefined;
    if (old) tree?.touch(old);
    if (node) tree?.touch(node);
    this.highlightId = node?.comment.id;
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
        this.renderRev++;
        this.requestUpdate();
      },
      (error: unknown) => {
        // The plain-text body stays on screen; the next render may try again.
        this.sanitizerRequested = false;
        const reason = error instanceof Error ? error : new Error(String(error));
        this.dispatchEvent(new NatterErrorEvent(reason, 'load'));
      },
    );
  }

  private onHashChange = () => void this.revealHash();

  private onSortChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.sort = value === 'newest' ? 'newest' : 'oldest';
  };

  private onReveal = async () => {
    const added = this.data.revealIncoming();
    this.announcedIncoming = 0;
    if (!added.length) return;
    this.announce(this.t('announceRevealed', {count: added.length}));
    await this.focusComment(added[0].comment.id);
  };

  private onLoadMore = async () => {
    const added = await this.data.loadMore();
    const first = added.find((node) => !node.container) ?? added[0];
    if (!first) return;
    this.announce(this.t('announceLoaded', {count: added.length}));
    await this.focusComment(first.comment.id);
  };

  private onListClick = (event: Event) => {
    const target = event.target as Element;
    const button = target.closest?.('button[data-action]');
    if (button instanceof HTMLButtonElement) {
      // The comment's id is on its <article>, or on the <li> holding "more replies".
      const holder = button.closest('li')?.querySelector(':scope > article');
      const id = holder?.id.slice('comment-'.length) ?? '';
      const action = button.dataset.action;
      if (action === 'reply') this.replies.open(id);
      else if (action === 'toggle') this.toggle(id);
      else if (action === 'more-replies') void this.loadReplies(id);
      return;
    }
    // Clicking a permalink that is already the URL's hash fires no hashchange.
    const link = target.closest?.('a.permalink');
    if (link instanceof HTMLAnchorElement && link.hash === location.hash) void this.revealHash();
  };

  private toggle(id: string): void {
    const node = this.data.tree?.get(id);
    if (!node) return;
    node.collapsed = !node.collapsed;
    this.data.tree?.touch(node);
    this.requestUpdate();
  }

  private async loadReplies(id: string): Promise<void> {
    const added = await this.data.loadReplies(id);
    if (added.length) await this.focusComment(added[0].comment.id, false);
  }

  /** `error` does not bubble: the list listens in the capture phase for broken avatars. */
  private avatarErrorListener = {
    capture: true,
    handleEvent: (event: Event) => {
      const image = event.target;
      if (!(image instanceof HTMLImageElement)) return;
      image.hidden = true; // the generated initials underneath show at once
      this.failedAvatars.add(image.getAttribute('src') ?? '');
      this.renderRev++;
      this.requestUpdate();
    },
  };

  private onSending = (event: CommentSendingEvent) => this.data.addSending(event.comment);

  private onPosted = async (event: CommentPostedEvent) => {
    const wasReply = this.replies.target !== null;
    const node = this.data.confirmPosted(event.comment, event.tempId);
    this.replies.close();
    if (!node) return;
    // The form speaks for a top-level post; a reply's form has just moved, so we do.
    if (wasReply) {
      this.announce(this.t(node.comment.status === 'pending' ? 'postedPending' : 'posted'));
    }
    await this.focusComment(node.comment.id);
  };

  private onFailed = (event: CommentFailedEvent) => this.data.dropSending(event.tempId);

  private onCancel = async (event: ReplyCancelEvent) => {
    const parentId = this.replies.target ?? event.parentId;
    this.replies.close();
    await this.updateComplete;
    if (parentId) {
      const article = this.shadowRoot?.getElementById(`comment-${parentId}`);
      article?.querySelector<HTMLElement>('button[data-action="reply"]')?.focus();
    }
  };
}
