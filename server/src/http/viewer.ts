import type {Context} from 'hono';
import {readAuthorToken} from '../domain/identity.js';
import type {SignedInUser} from '../domain/user-token.js';
import type {Services} from '../services.js';
import {readSignedInUser} from './signed-in.js';

/** Who is asking: what links a request to the comments its author wrote. */
export interface Viewer {
  /** Stored with each comment; the same for every request of this author. `null`: anonymous. */
  tokenHash: string | null;
  /** The key behind the avatar of a comment this viewer writes now. */
  authorKey(commentId: string): string;
  /** The reader the host site signed in (a verified `X-Natter-User` token), if any. */
  user?: SignedInUser;
}

/**
 * Reads who is asking: a user token the host site signed (`X-Natter-User`,
 * verified; see signed-in.ts), else the browser's author token
 * (`X-Natter-Author`). Every route that needs to know whose comments are
 * whose asks here.
 */
export async function readViewer(services: Services, c: Context): Promise<Viewer> {
  const {identity} = services;
  const user = await readSignedInUser(services, c);
  if (user) {
    const key = identity.userAuthorKey(user.id);
    return {tokenHash: identity.userTokenHash(user.id), authorKey: () => key, user};
  }
  const token = readAuthorToken(c.req.header('X-Natter-Author'));
  return {
    tokenHash: identity.tokenHash(token),
    authorKey: (commentId) => identity.authorKey(token, commentId),
  };
}
