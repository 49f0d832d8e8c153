import {LitElement, html, nothing} from 'lit';
import {controls, tokens} from './admin.styles.js';
import {AdminApiError, createAdminApi, type AdminApi} from './api.js';
import {shellStyles} from './natter-admin.styles.js';
import {describeError} from './describe.js';
import {AdminErrorEvent} from './events.js';
import {helpDialog} from './help-dialog.js';
import {keyCommand, type KeyCommand} from './keys.js';
import {browserEventSource, LiveComments, type EventSourceFactory} from './live.js';
import {signInForm} from './sign-in.js';
import {TABS, tabFromHash, tabView, type Tab} from './tabs.js';
import type {AdminComment, AdminSettings} from './types.js';

type Phase = 'checking' | 'signed-out' | 'signed-in';

interface TabElement extends HTMLElement {
  handleKey?(command: KeyCommand): boolean;
  receive?(comment: AdminComment): void;
}

/**
 * The site owner's moderation console, as natter-server serves it at
 * `/admin`: sign in, then the queue of held comments, the recent comments,
 * blocked authors, threads and the server's settings. Live changes arrive
 * from the admin event stream; the keys are listed under `?`.
 *
 * @tag natter-admin
 * @fires natter-admin-error - A request failed; the console shows it too.
 */
export class NatterAdmin extends LitElement {
  static override styles = [tokens, controls, shellStyles];
  static override properties = {
    api: {attribute: false},
    eventSource: {attribute: false},
    phase: {state: true},
    tab: {state: true},
    settings: {state: true},
    alert: {state: true},
    busy: {state: true},
  };

  static define(tag = 'natter-admin', registry: CustomElementRegistry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** The admin API client. Default: same-origin `/api/admin`. */
  api: AdminApi = createAdminApi();
  /** Opens the live stream; tests hand in their own. */
  eventSource: EventSourceFactory = browserEventSource;
  /** Where the live stream is. */
  eventsUrl = '/api/admin/events';

  private phase: Phase = 'checking';
  private tab: Tab = tabFromHash(location.hash);
  private settings?: AdminSettings;
  private alert = '';
  private busy = false;
  private live?: LiveComments;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    document.addEventListener('keydown', this.onKey);
    this.addEventListener(AdminErrorEvent.eventName, this.onError);
    void this.checkSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    document.removeEventListener('keydown', this.onKey);
    this.removeEventListener(AdminErrorEvent.eventName, this.onError);
    this.live?.close();
  }

  override render() {
    const alert = html`<div class=${this.alert ? 'alert shown' : 'alert'} role="alert">
      ${
        this.alert
          ? html`<p>${this.alert}</p>
              <button @click=${() => (this.alert = '')}>Dismiss</button>`
          : nothing
      }
    </div>`;
    if (this.phase !== 'signed-in') {
      return html`<main class="narrow">
        <h1>Natter moderation</h1>
        ${alert}
        ${
          this.phase === 'checking'
            ? html`<p class="muted">Checking your session…</p>`
            : signInForm(this.busy, (secret) => this.signIn(secret))
        }
      </main>`;
    }
    return html`<header>
        <h1>Natter moderation</h1>
        <nav aria-label="Console">
          ${TABS.map(
            ([tab, label]) =>
              html`<a href="#${tab}" aria-current=${this.tab === tab ? 'page' : 'false'}
                >${label}</a
              >`,
          )}
        </nav>
        <div class="bar">
          <button @click=${this.openHelp} aria-keyshortcuts="?">Keys</button>
          <button @click=${this.signOut}>Sign out</button>
        </div>
      </header>
      ${alert}
      <main>${tabView(this.tab, this.api, this.settings)}</main>
      ${helpDialog()}`;
  }

  private async checkSession() {
    try {
      await this.api.session();
      this.signedIn();
    } catch (error) {
      const unauthorized = error instanceof AdminApiError && error.code === 'unauthorized';
      this.signedOut(unauthorized ? '' : describeError(error));
    }
  }

  private async signIn(secret: string) {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.api.signIn(secret);
      this.alert = '';
      this.signedIn();
    } catch (error) {
      this.alert =
        error instanceof AdminApiError && error.code === 'unauthorized'
          ? 'That token or password is not right.'
          : describeError(error);
    } finally {
      this.busy = false;
    }
  }

  private signedIn() {
    this.phase = 'signed-in';
    void this.api.settings().then(
      (settings) => (this.settings = settings),
      (error: unknown) => this.dispatchEvent(new AdminErrorEvent(error)),
    );
    this.live ??= new LiveComments(this.eventSource, this.eventsUrl, {
      comment: (comment) => this.activeTab()?.receive?.(comment),
      closed: () => void this.streamClosed(),
    });
    this.live.open();
  }

  private signedOut(message = '') {
    this.live?.close();
    this.phase = 'signed-out';
    this.settings = undefined;
    this.alert = message;
    void this.focusSecret();
  }

  private async focusSecret() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[name="secret"]')?.focus();
  }

  private signOut = async () => {
    try {
      await this.api.signOut();
      this.signedOut();
    } catch (error) {
      this.alert = describeError(error);
    }
  };

  private async streamClosed() {
    try {
      await this.api.session();
      this.live?.reopenLater();
    } catch (error) {
      this.dispatchEvent(new AdminErrorEvent(error));
      if (!(error instanceof AdminApiError && error.code === 'unauthorized')) {
        this.live?.reopenLater();
      }
    }
  }

  private activeTab(): TabElement | null {
    return this.renderRoot.querySelector<TabElement>('main > *');
  }

  private onError = (event: AdminErrorEvent) => {
    const {error} = event;
    if (error instanceof AdminApiError && error.code === 'unauthorized') {
      this.signedOut(describeError(error));
    } else this.alert = describeError(error);
  };

  private onHash = () => {
    this.tab = tabFromHash(location.hash);
  };

  private openHelp = () => {
    this.renderRoot.querySelector('dialog')?.showModal();
  };

  private onKey = (event: KeyboardEvent) => {
    if (this.phase !== 'signed-in' || this.renderRoot.querySelector('dialog[open]')) return;
    const command = keyCommand(event);
    if (!command) return;
    if (command === 'help') this.openHelp();
    else if (!this.activeTab()?.handleKey?.(command)) return;
    event.preventDefault();
  };
}
