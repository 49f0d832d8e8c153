/**
 * The words an element speaks: its page language (one rule for every
 * element, page-lang.ts), the shipped locale for that language once its
 * chunk has loaded, the page's own overrides, and the writing direction.
 * Until a locale arrives, and if it cannot load, the English each part
 * carries is shown; a failed load is reported as a `natter-error`.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {asError} from '../core/as-error.js';
import type {Wording} from '../core/format.js';
import {directionOf} from '../core/lang.js';
import {matchLocale, type LocaleTag} from '../core/locales/tags.js';
import type {MessageOverrides, Messages} from '../core/messages.js';
import {NatterErrorEvent} from '../events/error-event.js';
import {pageLang} from './page-lang.js';

type Host = ReactiveControllerHost & HTMLElement;

export class PageWords implements ReactiveController {
  /** The language of the current render. */
  lang = 'en';
  private tag?: LocaleTag;
  private locale?: Partial<Messages>;
  /** The wording of this update, made on first use and dropped when an input changes. */
  private current?: Wording;

  constructor(
    private readonly host: Host,
    private readonly overrides: () => MessageOverrides | undefined,
    /** Called when a locale has arrived and every string should render again. */
    private readonly onLocale?: () => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.refresh();
  }

  /** Reads the page language again, and starts loading its locale if that changed. */
  refresh(): void {
    this.current = undefined;
    this.lang = pageLang(this.host);
    const tag = matchLocale(this.lang);
    if (tag === this.tag) return;
    this.tag = tag;
    this.locale = undefined;
    if (!tag) return;
    const onError = (error: unknown) => {
      const reason = asError(error);
      this.host.dispatchEvent(new NatterErrorEvent(reason, 'load'));
    };
    // The table of locale imports is itself a chunk: English pages never load it.
    void import('../core/locales/index.js')
      .then(({loadLocale}) => loadLocale(tag, {onError}))
      .catch((error: unknown) => void onError(error))
      .then((messages) => {
        if (this.tag !== tag || !messages) return;
        this.locale = messages;
        this.current = undefined;
        this.onLocale?.();
        this.host.requestUpdate();
      });
  }

  /** What `formatMessage` needs for this render (one object for every string of it). */
  wording = (): Wording =>
    (this.current ??= {lang: this.lang, overrides: this.overrides(), locale: this.locale});

  /**
   * `rtl` when the language is written right to left and the element has no
   * `dir` of its own; otherwise nothing, so the page's direction applies.
   */
  get dir(): 'rtl' | undefined {
    if (this.host.hasAttribute('dir')) return undefined;
    return directionOf(this.lang) === 'rtl' ? 'rtl' : undefined;
  }
}
