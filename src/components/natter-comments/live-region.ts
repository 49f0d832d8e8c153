/**
 * The section's polite live region and its timers: what it says is host
 * state, and every timer stops when the element leaves the page.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export class LiveRegion implements ReactiveController {
  /** The text the `role="status"` region holds now. */
  text = '';
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Speaks `text` (the region is emptied first so a repeat is spoken too). */
  announce = (text: string): void => {
    this.set('');
    this.later(() => this.set(text), 150);
  };

  /** Runs `run` after `ms`, unless the element leaves the page first. */
  later = (run: () => void, ms: number): void => {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  };

  private set(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }
}
