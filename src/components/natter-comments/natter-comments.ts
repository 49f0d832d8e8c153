import {LitElement, adoptStyles, html, nothing, type PropertyValues} from 'lit';
import type {CommentsAdapter} from '../../adapters/types.js';
import type {Identity} from '../../core/identity.js';
import {translator} from '../../core/format.js';
import {listMessages} from '../../core/list-messages.js';
import type {MessageOverrides} from '../../core/messages.js';
import type {SortOrder} from '../../core/types.js';
import {AdapterSetting} from '../adapter-setting.js';
import {PageWords} from '../page-words.js';
import {describeLoadError} from './describe-load-error.js';
import {loadReplyForm} from './form-loader.js';
import {endpointBase, hashTarget} from './location.js';
import {styles} from './natter-comments.styles.js';
import {LiveRegion} from './live-region.js';
import {NearViewport} from './near-viewport.js';
import {renderProblem, renderSkeleton} from './section-view.js';
import {SignInSettings} from './sign-in-settings.js';
import type {ThreadSection} from './thread-section.js';
import {ThreadController, threadSource} from './thread-controller.js';

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
 * @csspart verified - The check beside the name of an author the site signed in.
 * @csspart body - The comment's text.
 * @csspart actions - The row of Reply and Show/Hide replies buttons.
 * @csspart button - Every button of the section.
 * @csspart closed - The note shown instead of the form on a thread closed to new comments.
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
export class NatterComments extends SignInSettings {
  static override styles = styles;
  // Declared here rather than with decorators, which would add their helpers to natter.js.
  static override properties = {
    thread: {attribute: 'thread'},
    endpoint: {attribute: 'endpoint'},
    maxDepth: {attribute: 'max-depth', type: Number},
    sort: {attribute: 'sort'},
    pageSize: {attribute: 'page-size', type: Number},
    lang: {attribute: 'lang'},
    theme: {attribute: 'theme', reflect: true},
    loading: {attribute: 'loading'},
    messages: {attribute: false},
    user: {attribute: false},
    adapter: {attribute: 'adapter'},
  };

  /** Registers the element under `tag`, once. */
  static define(tag = 'natter-comments', registry: CustomElementRegistry = customElements) {
    if (!registry.get(tag)) registry.define(tag, class extends NatterComments {});
  }

  /** Thread key. Default: the path of `<link rel="canonical">`, else `location.pathname`. */
  thread?: string;
  /** Base URL of the backend. */
  endpoint?: string;
  /** Deepest level of nesting; deeper replies sit at this level and say whom they answer. */
  maxDepth = 5;
  /** Top-level order: `oldest` (default), `newest`, or `top` (by votes, where the backend ranks). */
  sort: SortOrder = 'oldest';
  /** Top-level comments per page. */
  pageSize = 20;
  /** Language of dates, numbers and plurals. Default: the closest `lang` of the page. */
  override lang!: string;
  /** `light`, `dark` or `auto` (default: follows the reader's system setting). */
  theme?: 'light' | 'dark' | 'auto';
  /** `lazy` (default) fetches once the section nears the viewport; `eager` at once. */
  loading: 'lazy' | 'eager' = 'lazy';
  /** Overrides for any message of the catalogue. Property only. */
  messages: MessageOverrides = {};
  /** A signed-in person supplied by the host page, passed to the reply form. Property only. */
  user: Identity | null = null;

  private readonly adapterSetting = new AdapterSetting();

  /**
   * The backend: the `adapter` attribute names one (`rest`, `wordpress`,
   * `local`, `memory`; inferred from `endpoint` when absent), or an object
   * implementing `CommentsAdapter` is assigned to the property, which then
   * wins over the attributes.
   */
  get adapter(): CommentsAdapter | string | undefined {
    return this.adapterSetting.value;
  }
  set adapter(value: CommentsAdapter | string | undefined | null) {
    this.adapterSetting.assign(value);
  }

  private readonly data = new ThreadController(this, () => threadSource(this));
  /** What the section does around its comments; it comes with the thread view. */
  private section?: ThreadSection;
  private readonly live = new LiveRegion(this);
  private readonly nearViewport = new NearViewport(this);
  /** Language, locale, overrides and direction, worked out once per render. */
  private readonly words = new PageWords(
    this,
    () => this.messages,
    () => this.data.state?.redrawAll(),
  );

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    // The attribute only names an adapter; an assigned adapter object stays in charge.
    if (name === 'adapter') this.requestUpdate('adapter', this.adapterSetting.named(value));
    else super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    if (this.hasUpdated) this.startWhenWanted();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  // Loads start here rather than in updated(): state set now joins this update.
  protected override willUpdate(changed: PropertyValues<this>): void {
    const view = this.data.view;
    if (view && !this.section) {
      this.section = new view.ThreadSection(this, {
        data: this.data,
        state: this.data.state!,
        wording: this.words.wording,
        avatarBase: () => endpointBase(this.endpoint),
        announce: this.live.announce,
        later: this.live.later,
      });
      // The comments' styles come with their templates, in time for the first comment.
      const own = (this.constructor as typeof LitElement).elementStyles;
      adoptStyles(this.renderRoot as ShadowRoot, [...own, view.threadStyles]);
    }
    if (changed.has('lang') || changed.has('messages')) this.data.state?.redrawAll();
    const status = this.data.status;
    if (status === 'idle') {
      this.startWhenWanted();
    } else if (SOURCE_PROPS.some((name) => changed.has(name))) {
      void this.reload();
    } else if (changed.has('maxDepth')) {
      this.data.state?.rebuild(this.maxDepth);
    }
  }

  protected override updated(): void {
    this.section?.announceIncoming();
  }

  /** Loads the thread again from the first page. */
  async reload(): Promise<void> {
    this.nearViewport.stop();
    loadReplyForm(this);
    const applied = await this.data.load();
    const state = this.data.state;
    if (applied && state && this.data.status === 'loaded') this.section?.loaded(state.total);
  }

  override render() {
    const status = this.data.status;
    const t = this.t;
    let content;
    if (status === 'loaded') content = this.section?.render();
    else if (status === 'error' || status === 'config-error') {
      const {key, params} = describeLoadError(this.data.error);
      const retry = status === 'error' ? () => void this.reload() : undefined;
      content = renderProblem(t(key, params), retry, t);
    } else content = renderSkeleton(t);
    return html`<section
      class="natter"
      part="base"
      aria-labelledby="heading"
      dir=${this.words.dir ?? nothing}
      aria-busy=${status === 'loading' || status === 'idle' ? 'true' : 'false'}
    >
      <header class="header" part="header">
        <h2 id="heading">${this.heading()}</h2>
        ${this.section?.renderSort() ?? nothing}
      </header>
      <div class="visually-hidden" role="status">${this.live.text}</div>
      ${content}
    </section>`;
  }

  private heading(): string {
    const total = this.data.state?.tree ? this.data.state.total : undefined;
    if (total === undefined) return this.t('commentsLabel');
    return total > 0 ? this.t('count', {count: total}) : this.t('countNone');
  }

  /** Starts loading now (`eager`) or once the section nears the viewport (`lazy`). */
  private startWhenWanted(): void {
    if (this.data.status !== 'idle' || !this.isConnected || this.nearViewport.waiting) return;
    // A `#comment-` link cannot wait for the reader to scroll down to it.
    if (this.loading === 'eager' || hashTarget(location.hash)) void this.reload();
    else this.nearViewport.whenNear(() => void this.reload());
  }

  private t = translator(listMessages, this.words.wording);

  /** Moves focus to a comment (after the DOM has caught up). */
  async focusComment(id: string, scroll = true): Promise<HTMLElement | undefined> {
    await this.updateComplete;
    const element = this.shadowRoot?.getElementById(`comment-${id}`) ?? undefined;
    if (!element) return undefined;
    if (scroll) element.scrollIntoView({block: 'center'});
    element.focus({preventScroll: true});
    return element;
  }

  private onHashChange = () => {
    if (this.nearViewport.waiting && hashTarget(location.hash)) void this.reload();
    else void this.section?.revealHash();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'natter-comments': NatterComments;
  }
}
