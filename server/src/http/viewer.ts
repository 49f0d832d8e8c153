import type {Context} from 'hono';
import {readAuthorToken} from '../domain/identity.js';
import type {Services} from '../services.js';

/** Who is asking: what links a request to the comments its author wrote. */
export interface Viewer {
  /** Stored with each comment; the same for every request of this author. `null`: anonymous. */
  tokenHash: string | null;
  /** The key behind the avatar of a comment this viewer writes now. */
  authorKey(commentId: string): string;
}

/**
 * Reads the request's author token (`X-Natter-Author`). Every route that
 * needs to know whose comments are whose asks here, so a second way of
 * saying who one is lands in one place.
 */
export async function readViewer(services: Services, c: Context): Promise<Viewer> {
  const {identity} = services;
  const token = readAuthorToken(c.req.header('X-Natter-Author'));
  return {
    tokenHash: identity.tokenHash(token),
    authorKey: (commentId) => identity.authorKey(token, commentId),
  };
}
