/**
 * Runs one request at a time for a piece of state: starting a new run aborts
 * the previous one, and a run that was aborted or overtaken reports nothing,
 * so a slow old answer can never overwrite a newer one.
 */
export type Outcome<T> = {ok: true; value: T} | {ok: false; error: unknown};

export class LatestRequest {
  private controller?: AbortController;

  /** Whether a run is in flight. */
  get busy(): boolean {
    return this.controller !== undefined;
  }

  /** Resolves with the outcome, or `undefined` when the run was aborted or replaced. */
  async run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<Outcome<T> | undefined> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    let outcome: Outcome<T>;
    try {
      outcome = {ok: true, value: await work(controller.signal)};
    } catch (error) {
      outcome = {ok: false, error};
    }
    if (this.controller !== controller || controller.signal.aborted) return undefined;
    this.controller = undefined;
    return outcome;
  }

  abort(): void {
    this.controller?.abort();
    this.controller = undefined;
  }
}
