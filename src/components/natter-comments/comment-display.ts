/**
 * What a comment looks like on screen that does not change between renders:
 * its body, safe links, shown name, initials and avatar colour. Computed once
 * per comment object (a `WeakMap` drops it with the comment), so re-rendering
 * a block of a thousand comments does no parsing at all.
 */
import {avatarColourIndex, initials} from '../../core/avatar.js';
import {displayName} from '../../core/display-name.js';
import {linkify} from '../../core/linkify.js';
import {exactTime} from '../../core/time.js';
import type {Comment} from '../../core/types.js';
import {safeUrl} from '../../core/url.js';
import {buildBody} from './body-element.js';

export interface CommentDisplay {
  /** The author's name as shown (display-name.ts); empty when nothing visible is left. */
  name: string;
  initials: string;
  /** Classes of the generated avatar, its colour included. */
  avatarClass: string;
  /** The author's website, when it is http(s). */
  website?: string;
  /** The avatar image, resolved against `avatarBase`. */
  avatar?: string;
  avatarBase?: string;
  iso: string;
  exact?: {lang: string; text: string};
  /** The body element, built on first render and then only moved. */
  body?: HTMLElement;
}

const cache = new WeakMap<Comment, CommentDisplay>();

type NameDisplay = Pick<CommentDisplay, 'name' | 'initials' | 'avatarClass'>;

/** By the name as sent: a thread has far fewer authors than comments. */
const names = new Map<string, NameDisplay>();

function nameDisplay(raw: string): NameDisplay {
  let found = names.get(raw);
  if (!found) {
    if (names.size >= 2000) names.clear();
    found = {
      name: displayName(raw),
      initials: initials(raw),
      avatarClass: `avatar c${avatarColourIndex(raw)}`,
    };
    names.set(raw, found);
  }
  return found;
}

export function displayOf(comment: Comment, avatarBase: string | undefined): CommentDisplay {
  let display = cache.get(comment);
  if (!display) {
    const raw = comment.author?.name;
    display = {
      ...nameDisplay(typeof raw === 'string' ? raw : ''),
      website: comment.author?.url ? safeUrl(comment.author.url) : undefined,
      iso: comment.createdAt,
      avatar: avatarUrl(comment, avatarBase),
      avatarBase,
    };
    cache.set(comment, display);
  } else if (display.avatarBase !== avatarBase) {
    display.avatar = avatarUrl(comment, avatarBase);
    display.avatarBase = avatarBase;
  }
  return display;
}

function avatarUrl(comment: Comment, base: string | undefined): string | undefined {
  const raw = comment.author?.avatar;
  return raw ? safeUrl(raw, {base}) : undefined;
}

/** The exact date for the `title` of a comment's time, formatted once per language. */
export function exactOf(display: CommentDisplay, time: number, lang: string): string {
  if (display.exact?.lang !== lang) display.exact = {lang, text: exactTime(time, lang)};
  return display.exact.text;
}

/** The `<div part="body">` of a plain-text comment, built once (its text is parsed only then). */
export function plainBodyOf(comment: Comment, display: CommentDisplay): HTMLElement {
  return (display.body ??= buildBody(
    linkify(typeof comment.body === 'string' ? comment.body : ''),
  ));
}
