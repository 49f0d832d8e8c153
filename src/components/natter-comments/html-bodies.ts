/**
 * The bodies of comments that carry HTML (WordPress), sanitised once each.
 * DOMPurify loads with the first such comment; until then the plain-text
 * body shows.
 */
import {asError} from '../../core/as-error.js';
import type {Comment} from '../../core/types.js';
import {MarkdownBodies} from './markdown-bodies.js';

export class HtmlBodies {
  private readonly bodies = new WeakMap<Comment, HTMLElement>();
  /** Bodies written in Markdown, rendered (never as HTML) by their own loader. */
  readonly markdown = new MarkdownBodies(
    () => this.onReady(),
    (error) => this.onError(error),
  );
  private sanitize?: (html: string) => DocumentFragment;
  private requested = false;

  constructor(
    /** The sanitiser arrived: comments can show their HTML now. */
    private readonly onReady: () => void,
    private readonly onError: (error: Error) => void,
  ) {}

  /** The sanitised body of `comment`, or `undefined` while the sanitiser loads. */
  get = (comment: Comment): HTMLElement | undefined => {
    const known = this.bodies.get(comment);
    if (known) return known;
    if (!this.sanitize) {
      this.load();
      return undefined;
    }
    // Wrapped once, then only ever moved: nothing edits the sanitised fragment.
    const holder = document.createElement('div');
    holder.className = 'body html';
    holder.setAttribute('part', 'body');
    holder.append(this.sanitize(comment.bodyHtml ?? ''));
    this.bodies.set(comment, holder);
    return holder;
  };

  private load(): void {
    if (this.requested) return;
    this.requested = true;
    import('../../core/sanitize.js').then(
      (module) => {
        this.sanitize = module.sanitizeCommentHtml;
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
