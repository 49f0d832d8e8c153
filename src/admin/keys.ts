/**
 * The console's keys. They work wherever focus is, except in text fields
 * (and with Ctrl, Alt or Meta held), so typing a reply never moderates.
 */

export type KeyCommand = 'next' | 'previous' | 'approve' | 'remove' | 'spam' | 'select' | 'help';

const COMMANDS: Record<string, KeyCommand> = {
  j: 'next',
  k: 'previous',
  a: 'approve',
  d: 'remove',
  s: 'spam',
  x: 'select',
  '?': 'help',
};

/** The keys as the help dialog lists them. */
export const KEY_HELP: [key: string, what: string][] = [
  ['j', 'Next comment'],
  ['k', 'Previous comment'],
  ['a', 'Approve the comment'],
  ['d', 'Delete the comment'],
  ['s', 'Mark the comment as spam'],
  ['x', 'Select or unselect the comment'],
  ['?', 'Show these keys'],
];

/** What a key press asks for, unless it was typed into a field. */
export function keyCommand(event: KeyboardEvent): KeyCommand | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return undefined;
  const target = event.composedPath()[0];
  if (
    target instanceof Element &&
    target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')
  ) {
    return undefined;
  }
  return COMMANDS[event.key];
}
