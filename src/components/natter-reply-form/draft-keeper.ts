/**
 * Keeps the reply form's draft in step with storage: restores the draft of
 * the thread and parent the form is showing, saves the text shortly after the
 * person stops typing (and at once on blur, on `pagehide` and when the form
 * leaves the page), and forgets it only once the backend accepted it. When
 * storage refuses, the draft simply lives on in memory.
 *
 * Other tabs of the page may show the same draft. Only text typed here is
 * ever written, so a tab left open with older text cannot overwrite (or,
 * when it closes, delete) what is being written in another; and a tab with
 * nothing typed since takes up the other tab's text as it is saved.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {clearDraft, loadDraft, newDraft, saveDraft, type Draft} from '../../core/drafts.js';
import {openTabChannel, type TabChannel, type TabMessage} from '../../core/tab-channel.js';

export interface DraftContext {
  thread: string;
  parentId: string | null;
}

const saveDelayMs = 300;

export class DraftKeeper implements ReactiveController {
  /** The draft being written. Its key and start time survive until success. */
  draft: Draft = newDraft();
  /** Where `draft` is stored; undefined until the form knows its thread. */
  context?: DraftContext;
  private timer?: ReturnType<typeof setTimeout>;
  /** Text was typed here since the draft was last loaded or saved. */
  private dirty = false;
  /** The reader has typed in this draft in this tab: another tab's text never replaces it. */
  private typedHere = false;
  private tabs?: TabChannel;

  constructor(
    host: ReactiveControllerHost,
    /** Another tab saved or sent the draft shown here; the host shows `draft.body`. */
    private readonly onOutside: () => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    this.tabs = openTabChannel(this.fromOtherTab);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flush);
    this.flush();
    this.tabs?.close();
    this.tabs = undefined;
  }

  /**
   * Shows the draft of another thread or parent. The current one is saved
   * first. Text typed before the form knew its thread stays unless a stored
   * draft exists to restore.
   */
  open(context: DraftContext): void {
    if (this.context && sameContext(this.context, context)) return;
    // Until the form knows its thread, what is typed belongs to no stored draft.
    const placeless = !this.context?.thread;
    if (!placeless) this.flush();
    this.context = context;
    const stored = context.thread ? loadDraft(context.thread, context.parentId) : undefined;
    if (stored && !(placeless && this.draft.body.trim())) this.draft = stored;
    else if (!placeless) this.draft = newDraft();
    this.dirty = this.typedHere = placeless && this.draft.body.trim() !== '';
  }

  /** Reads the stored draft of `place` again if the form shows it; false when it does not. */
  reload(place: DraftContext): boolean {
    const context = this.context;
    if (!context?.thread || !sameContext(context, place)) return false;
    clearTimeout(this.timer);
    this.draft = loadDraft(context.thread, context.parentId) ?? newDraft();
    this.dirty = this.typedHere = false;
    return true;
  }

  /** The person typed: remember the text and save it soon. */
  setBody(body: string): void {
    this.draft.body = body;
    this.dirty = this.typedHere = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, saveDelayMs);
  }

  /** Saves now (an empty text removes the stored copy: there is nothing to lose). */
  flush = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    const context = this.context;
    if (!context?.thread || !this.dirty) return;
    this.dirty = false;
    const {thread, parentId} = context;
    if (this.draft.body.trim()) saveDraft(thread, parentId, this.draft);
    else clearDraft(thread, parentId);
    this.tabs?.post({kind: 'draft', thread, parentId, draft: {...this.draft}});
  };

  /**
   * The backend accepted the draft that was sent from `sent`: forget it, and
   * start a new draft with a new key when the form still shows that place.
   * `key`, the draft's idempotency key, tells other tabs which draft went.
   */
  accepted(sent: DraftContext, key?: string): void {
    clearDraft(sent.thread, sent.parentId);
    if (this.context && sameContext(this.context, sent)) {
      clearTimeout(this.timer);
      this.draft = newDraft();
      this.dirty = this.typedHere = false;
    }
    if (key) this.tabs?.post({kind: 'sent', thread: sent.thread, parentId: sent.parentId, key});
  }

  private fromOtherTab = (message: TabMessage): void => {
    if (message.kind !== 'draft' && message.kind !== 'sent') return;
    if (!this.context || !sameContext(this.context, message)) return;
    if (message.kind === 'sent') {
      // Sent from there: that key now names a comment. Text typed here since
      // becomes a draft of its own; text that was only shown here goes.
      if (message.key !== this.draft.idempotencyKey) return;
      if (this.typedHere) {
        this.draft = {...this.draft, idempotencyKey: newDraft().idempotencyKey};
        return;
      }
      clearTimeout(this.timer);
      this.draft = newDraft();
    } else {
      // Both tabs typing at once: each keeps its own text, and the last saved wins in storage.
      if (this.typedHere) return;
      this.draft = {...message.draft};
    }
    this.onOutside();
  };
}

export function sameContext(a: DraftContext, b: DraftContext): boolean {
  return a.thread === b.thread && a.parentId === b.parentId;
}
