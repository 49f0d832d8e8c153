/** Runs a task once an element comes within reach of the viewport (the `lazy` loading). */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** How far ahead of the viewport a section starts loading. */
const MARGIN = '600px 0px';

export class NearViewport implements ReactiveController {
  private observer?: IntersectionObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  get waiting(): boolean {
    return this.observer !== undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Runs `task` when the host nears the viewport; at once where that cannot be observed. */
  whenNear(task: () => void): void {
    this.stop();
    if (typeof IntersectionObserver === 'undefined') {
      task();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) task();
      },
      {rootMargin: MARGIN},
    );
    this.observer.observe(this.host);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
