/**
 * Keeps the reply form's draft in step with storage: restores the draft of
 * the thread and parent the form is showing, saves the text shortly after the
 * person stops typing (and at once on blur, on `pagehide` and when the form
 * leaves the page), and forgets it only once the backend accepted it. When
 * storage refuses, the draft simply lives on in memory.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {clearDraft, loadDraft, newDraft, saveDraft, type Draft} from '../../core/drafts.js';

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

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flush);
    this.flush();
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
  }

  /** The person typed: remember the text and save it soon. */
  setBody(body: string): void {
    this.draft.body = body;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, saveDelayMs);
  }

  /** Saves now (an empty text removes the stored copy: there is nothing to lose). */
  flush = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    const context = this.context;
    if (!context?.thread) return;
    if (this.draft.body.trim()) saveDraft(context.thread, context.parentId, this.draft);
    else clearDraft(context.thread, context.parentId);
  };

  /**
   * The backend accepted the draft that was sent from `sent`: forget it, and
   * start a new draft with a new key when the form still shows that place.
   */
  accepted(sent: DraftContext): void {
    clearDraft(sent.thread, sent.parentId);
    if (this.context && sameContext(this.context, sent)) {
      clearTimeout(this.timer);
      this.draft = newDraft();
    }
  }
}

export function sameContext(a: DraftContext, b: DraftContext): boolean {
  return a.thread === b.thread && a.parentId === b.parentId;
}
