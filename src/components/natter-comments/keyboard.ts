/**
 * Moving through a long thread without tabbing through every link: with
 * focus on a comment or on a link or button inside one, J and K go to the
 * next and previous comment, R opens the reply form under it and C shows
 * or hides its replies. Text fields and the reply form keep every key.
 * The help under the thread (list-controls.ts) lists the same keys.
 */

type ThreadKeyAction = 'next' | 'previous' | 'reply' | 'toggle';

const KEYS: Record<string, ThreadKeyAction> = {j: 'next', k: 'previous', r: 'reply', c: 'toggle'};

/** What a key press in the thread list asks for, if anything. */
function threadKeyAction(event: KeyboardEvent): ThreadKeyAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return undefined;
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return undefined;
  if (target.closest('input, textarea, select, [contenteditable], natter-reply-form')) {
    return undefined;
  }
  return KEYS[event.key.toLowerCase()];
}

/** The comment `from` is in (or that a "more replies" row belongs to). */
function commentOf(from: Element): HTMLElement | undefined {
  const article = from.closest('article') ?? from.closest('li')?.querySelector(':scope > article');
  return article instanceof HTMLElement ? article : undefined;
}

/** The comment `step` places from `here` in reading order (from before the first when none). */
function commentAfter(list: Element, here: HTMLElement | undefined, step: number) {
  const all = [...list.querySelectorAll<HTMLElement>('article.comment')];
  return all[(here ? all.indexOf(here) : -1) + step];
}

/**
 * Carries out a key press on the thread list; `open` and `toggle` get the
 * id of the comment it was pressed on. Returns whether it was handled.
 */
export function handleThreadKey(
  event: KeyboardEvent,
  list: Element,
  on: {open: (id: string) => void; toggle: (id: string) => void},
): boolean {
  const action = threadKeyAction(event);
  if (!action) return false;
  // threadKeyAction has made sure the key was pressed on an element.
  const here = commentOf(event.composedPath()[0] as Element);
  if (action === 'next' || action === 'previous') {
    const to = commentAfter(list, here, action === 'next' ? 1 : -1);
    if (!to) return false;
    to.focus();
    to.scrollIntoView({block: 'nearest'});
  } else {
    const id = here?.id.slice('comment-'.length);
    if (!id) return false;
    if (action === 'reply') on.open(id);
    else on.toggle(id);
  }
  event.preventDefault();
  return true;
}
