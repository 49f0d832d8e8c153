/**
 * What a comment looks like on screen that does not change between renders:
 * its body, safe links, initials and avatar colour. Computed once per
 * comment object (a `WeakMap` drops it with the comment), so re-rendering a
 * block of a thousand comments does no parsing at all.
 */
import {avatarColourIndex, initials} from '../../core/avatar.js';
import {linkify, type Paragraph} from '../../core/linkify.js';
import {exactTime} from '../../core/time.js';
import type {Comment} from '../../core/types.js';
import {safeUrl} from '../../core/url.js';
import {buildBody} from './body-element.js';

export interface CommentDisplay {
  paragraphs: Paragraph[];
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

export function displayOf(comment: Comment, avatarBase: string | undefined): CommentDisplay {
  let display = cache.get(comment);
  if (!display) {
    const name = comment.author?.name ?? '';
    const paragraphs = linkify(typeof comment.body === 'string' ? comment.body : '');
    display = {
      paragraphs,
      initials: initials(name),
      avatarClass: `avatar c${avatarColourIndex(name)}`,
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

/** The `<div part="body">` of a plain-text comment, built once. */
export function plainBodyOf(display: CommentDisplay): HTMLElement {
  if (!display.body) {
    const body = document.createElement('div');
    body.className = 'body';
    body.setAttribute('part', 'body');
    body.append(buildBody(display.paragraphs));
    display.body = body;
  }
  return display.body;
}
