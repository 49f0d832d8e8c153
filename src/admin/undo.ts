/**
 * The last action, undoable for a few seconds: the statuses the affected
 * comments had before it. The timer stops when the element leaves the page.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {CommentStatus} from './types.js';

export interface UndoEntry {
  id: string;
  status: CommentStatus;
}

export class UndoController implements ReactiveController {
  /** What was done, for the status line, while it can be undone. */
  label = '';
  entries: UndoEntry[] = [];
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ms = 8000,
  ) {
    host.addController(this);
  }

  get available(): boolean {
    return this.entries.length > 0;
  }

  hostDisconnected(): void {
    this.clear();
  }

  offer(label: string, entries: UndoEntry[]): void {
    clearTimeout(this.timer);
    this.label = label;
    this.entries = entries;
    this.timer = setTimeout(() => this.clear(), this.ms);
    this.host.requestUpdate();
  }

  /** Hands over the entries to put back, once. */
  take(): UndoEntry[] {
    const entries = this.entries;
    this.clear();
    return entries;
  }

  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.entries = [];
    this.label = '';
    this.host.requestUpdate();
  }
}
