/**
 * Registers an element only once the page uses it: the script-tag file
 * downloads the code of `<natter-count>` or a standalone `<natter-reply-form>`
 * when the page holds one (now or later), not on every article page.
 * Elements already in the page upgrade when their definition arrives, with
 * any property a script set on them meanwhile.
 */
import {asError} from './core/as-error.js';
import {NatterErrorEvent} from './events/error-event.js';

interface Waiting {
  tag: string;
  load: () => Promise<unknown>;
  loading: boolean;
}

const waiting: Waiting[] = [];
let observer: MutationObserver | undefined;

function holds(node: Node, tag: string): boolean {
  return (
    node instanceof Element && (node.localName === tag || node.getElementsByTagName(tag).length > 0)
  );
}

function start(entry: Waiting): void {
  if (entry.loading) return;
  entry.loading = true;
  entry.load().then(
    () => {
      waiting.splice(waiting.indexOf(entry), 1);
      if (!waiting.length) observer?.disconnect();
    },
    (error: unknown) => {
      // Typically a failed download: say so on each element, and try again
      // when another one is added.
      entry.loading = false;
      const reason = asError(error);
      for (const element of document.getElementsByTagName(entry.tag)) {
        element.dispatchEvent(new NatterErrorEvent(reason, 'load'));
      }
    },
  );
}

function onMutations(records: MutationRecord[]): void {
  for (const entry of waiting) {
    if (records.some((record) => [...record.addedNodes].some((node) => holds(node, entry.tag)))) {
      start(entry);
    }
  }
}

/** Calls `load` (which must register `tag`) when the document first contains a `tag` element. */
export function defineWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (customElements.get(tag)) return;
  const entry: Waiting = {tag, load, loading: false};
  waiting.push(entry);
  if (holds(document.documentElement, tag)) start(entry);
  if (!observer) {
    observer = new MutationObserver(onMutations);
    observer.observe(document, {childList: true, subtree: true});
  }
}
