/**
 * The `adapter` property that `<natter-comments>` and `<natter-count>`
 * share: the attribute names a backend (`rest`, `wordpress`, `local`,
 * `memory`; inferred from `endpoint` when absent), or an object implementing
 * `CommentsAdapter` is assigned to the property, which then wins over the
 * attribute. Named backends are resolved once per name and endpoint.
 */
import {pickAdapter, resolveAdapter} from '../adapters/resolve.js';
import type {CommentsAdapter} from '../adapters/types.js';

export type AdapterValue = CommentsAdapter | string | undefined;

export class AdapterSetting {
  private object?: CommentsAdapter;
  private name?: string;

  get value(): AdapterValue {
    return this.object ?? this.name;
  }

  /** What was assigned to the property: an object takes charge, a string names a backend. */
  assign(value: AdapterValue | null): void {
    if (value && typeof value === 'object') {
      this.object = value;
    } else {
      this.object = undefined;
      this.name = value ?? undefined;
    }
  }

  /** The attribute changed: it only names a backend. Returns the value before. */
  named(name: string | null): AdapterValue {
    const before = this.value;
    this.name = name ?? undefined;
    return before;
  }
}

/** Backends resolved by name and endpoint; a failed resolution is not kept. */
export class AdapterCache {
  private readonly known = new Map<string, Promise<CommentsAdapter>>();

  get(adapter: AdapterValue, endpoint: string | undefined): Promise<CommentsAdapter> {
    if (adapter && typeof adapter === 'object') return Promise.resolve(adapter);
    let key: string;
    try {
      // `adapter="rest"` and an endpoint alone mean the same backend.
      key = `${pickAdapter(adapter, endpoint)} ${endpoint?.trim() ?? ''}`;
    } catch (error) {
      // A page often assigns its own adapter object in a script after
      // natter.js, one that may wait for imports of its own: the refusal
      // waits until the page has loaded (and a task more), and the load that
      // the assignment starts overtakes it.
      return pageLoaded().then(() => Promise.reject(error));
    }
    let shared = this.known.get(key);
    if (!shared) {
      shared = resolveAdapter(adapter, endpoint);
      this.known.set(key, shared);
      // A failed module download may work next time; so may a fixed configuration.
      shared.catch(() => {
        if (this.known.get(key) === shared) this.known.delete(key);
      });
    }
    return shared;
  }
}

/** Resolves a task after the page's `load` event (at once a task later if it came). */
function pageLoaded(): Promise<void> {
  return new Promise((resolve) => {
    const later = () => setTimeout(resolve);
    if (typeof document === 'undefined' || document.readyState === 'complete') later();
    else addEventListener('load', later, {once: true});
  });
}
