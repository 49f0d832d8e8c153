import {LitElement, html, nothing} from 'lit';
import {isConfigError} from '../../adapters/resolve.js';
import type {CommentsAdapter} from '../../adapters/types.js';
import {asError} from '../../core/as-error.js';
import {countBatcherFor} from './count-batcher.js';
import {formatMessage} from '../../core/format.js';
import {listMessages} from '../../core/list-messages.js';
import type {MessageOverrides} from '../../core/messages.js';
import {NatterErrorEvent} from '../../events/error-event.js';
// The same default thread as <natter-comments>, so a badge above an article counts its section.
import {defaultThreadKey} from '../natter-comments/location.js';
import {AdapterCache, AdapterSetting} from '../adapter-setting.js';
import {PageWords} from '../page-words.js';
import {styles} from './natter-count.styles.js';

/**
 * A comment count for index pages and article headers: "4 comments".
 *
 * Every badge on a page that talks to the same backend is filled from one
 * batched request, however many badges there are. Put it inside your own
 * link: `<a href="/post#comments"><natter-count thread="/post"></natter-count></a>`.
 *
 * While the count loads the badge is empty. When it cannot be loaded the
 * badge stays empty (nothing misleading is shown) and `natter-error` fires.
 *
 * @tag natter-count
 * @fires natter-error - The count could not be loaded (`context` is `count`) or the badge has no backend (`config`).
 * @csspart count - The count text.
 * @cssprop --natter-count-color - Text colour (default: inherited).
 * @cssprop --natter-count-font - Font shorthand (default: inherited).
 */
export class NatterCount extends LitElement {
  static override styles = styles;
  // Declared here rather than with decorators, whose helpers would be one more file
  // for the script tag to load. `attribute: false` keeps states out of the manifest.
  static override properties = {
    thread: {attribute: 'thread'},
    endpoint: {attribute: 'endpoint'},
    adapter: {attribute: 'adapter'},
    messages: {attribute: false},
    value: {state: true, attribute: false},
    failed: {state: true, attribute: false},
  };

  /** Registers the element under `tag` unless that tag is already taken. */
  static define(tag = 'natter-count', registry: CustomElementRegistry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** Thread key to count. Default: the page's canonical link path, else its path. */
  thread?: string;

  /** Base URL of the comments backend (the `rest` adapter is used when `adapter` is absent). */
  endpoint?: string;

  private readonly adapterSetting = new AdapterSetting();

  /**
   * The backend: the `adapter` attribute names one (`rest`, `wordpress`,
   * `local`, `memory`; inferred from `endpoint` when absent), or an object
   * implementing `CommentsAdapter` is assigned to the property, which then
   * wins over the attributes. Badges naming the same backend share one batch.
   */
  get adapter(): CommentsAdapter | string | undefined {
    return this.adapterSetting.value;
  }
  set adapter(value: CommentsAdapter | string | undefined | null) {
    this.adapterSetting.assign(value);
  }

  /** Overrides of the `count` and `countNone` messages. */
  messages: MessageOverrides = {};

  private readonly words = new PageWords(this, () => this.messages);

  private value?: number;
  private failed = false;

  private controller?: AbortController;
  private loadedFor?: {adapter: unknown; endpoint?: string; thread?: string};

  /** The loaded count, or `undefined` while loading or after a failure. */
  get count(): number | undefined {
    return this.value;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    // The attribute only names an adapter; an assigned adapter object stays in charge.
    if (name === 'adapter') this.requestUpdate('adapter', this.adapterSetting.named(value));
    else super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved or re-inserted: count again (the last request was cancelled).
    if (this.hasUpdated && !this.loadedFor) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.controller = undefined;
    this.loadedFor = undefined;
  }

  protected override willUpdate(): void {
    const wanted = {adapter: this.adapter, endpoint: this.endpoint, thread: this.thread};
    const last = this.loadedFor;
    if (
      !last ||
      last.adapter !== wanted.adapter ||
      last.endpoint !== wanted.endpoint ||
      last.thread !== wanted.thread
    ) {
      this.loadedFor = wanted;
      void this.load();
    }
  }

  override render() {
    if (this.value === undefined) {
      return html`<span part="count" aria-busy=${this.failed ? 'false' : 'true'}></span>`;
    }
    const wording = this.words.wording();
    const text =
      this.value === 0
        ? formatMessage(listMessages, 'countNone', {}, wording)
        : formatMessage(listMessages, 'count', {count: this.value}, wording);
    return html`<span part="count" dir=${this.words.dir ?? nothing}>${text}</span>`;
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.value = undefined;
    this.failed = false;
    try {
      const adapter = await adapters.get(this.adapter, this.endpoint);
      const thread = this.thread?.trim() || defaultThreadKey();
      const count = await countBatcherFor(adapter).count(thread, {signal: controller.signal});
      if (controller.signal.aborted) return;
      this.value = count;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.failed = true;
      const reason = asError(error);
      this.dispatchEvent(new NatterErrorEvent(reason, isConfigError(error) ? 'config' : 'count'));
    }
  }
}

/** One adapter per backend, so badges that name the same backend share a batch. */
const adapters = new AdapterCache();

declare global {
  interface HTMLElementTagNameMap {
    'natter-count': NatterCount;
  }
}
