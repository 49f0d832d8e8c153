/**
 * The bodies of comments written in Markdown, built once each. The parser
 * and renderer load with the first comment whose source has markup; until
 * then, and for comments whose source is their plain text, the plain-text
 * body shows (it reads the same).
 */
import {asError} from '../../core/as-error.js';
import type {Comment} from '../../core/types.js';

// A line that would start a quote, a list or a code fence.
const BLOCK_START = /^ {0,3}(?:>|[-*] |\d{1,9}\. |```|~~~)/m;

/** Whether `comment` looks different rendered from its Markdown than from its plain text. */
export function needsMarkdown(comment: Comment): comment is Comment & {markdown: string} {
  const source = comment.markdown;
  if (typeof source !== 'string' || !source) return false;
  return source !== comment.body || BLOCK_START.test(source);
}

export class MarkdownBodies {
  private readonly bodies = new WeakMap<Comment, HTMLElement>();
  private render?: (source: string) => HTMLElement;
  private requested = false;

  constructor(
    /** The renderer arrived: comments can show their formatting now. */
    private readonly onReady: () => void,
    private readonly onError: (error: Error) => void,
  ) {}

  /** The formatted body of `comment`, or `undefined` when its plain text should show. */
  get = (comment: Comment): HTMLElement | undefined => {
    if (!needsMarkdown(comment)) return undefined;
    let body = this.bodies.get(comment);
    if (body) return body;
    if (!this.render) {
      this.load();
      return undefined;
    }
    // Built once, then only ever moved.
    body = this.render(comment.markdown);
    this.bodies.set(comment, body);
    return body;
  };

  private load(): void {
    if (this.requested) return;
    this.requested = true;
    import('../markdown-body.js').then(
      (module) => {
        this.render = module.markdownBody;
        this.onReady();
      },
      (error: unknown) => {
        // The plain-text body stays on screen; the next render may try again.
        this.requested = false;
        this.onError(asError(error));
      },
    );
  }
}
