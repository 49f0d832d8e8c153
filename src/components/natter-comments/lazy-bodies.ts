/**
 * Comment bodies that need code most pages never load: the code comes with
 * the first comment that needs it, and each body is built once, then only
 * ever moved. Until the code is there, the plain-text body shows.
 */
import {asError} from '../../core/as-error.js';
import type {Comment} from '../../core/types.js';

export type BodyBuilder = (comment: Comment) => HTMLElement;

export class LazyBodies {
  private readonly bodies = new WeakMap<Comment, HTMLElement>();
  private build?: BodyBuilder;
  private requested = false;

  constructor(
    /** Which comments this kind of body is for. */
    private readonly wants: (comment: Comment) => boolean,
    /** Loads the code and gives the builder of a body. */
    private readonly loader: () => Promise<BodyBuilder>,
    /** The code arrived: the comments can show their bodies now. */
    private readonly onReady: () => void,
    private readonly onError: (error: Error) => void,
  ) {}

  /** The body of `comment`, or `undefined` while its plain text should show. */
  get = (comment: Comment): HTMLElement | undefined => {
    if (!this.wants(comment)) return undefined;
    let body = this.bodies.get(comment);
    if (body) return body;
    if (!this.build) {
      this.load();
      return undefined;
    }
    body = this.build(comment);
    this.bodies.set(comment, body);
    return body;
  };

  private load(): void {
    if (this.requested) return;
    this.requested = true;
    this.loader().then(
      (build) => {
        this.build = build;
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
