import type {Context} from 'hono';
import type {SignedInUser} from '../domain/user-token.js';
import type {Services} from '../services.js';
import {HttpError} from './errors.js';

/**
 * The reader the host site signed in, from the `X-Natter-User` header.
 * A write with a bad token is refused (`forbidden`, field `userToken`), so
 * nobody posts believing they are signed in when they are not. A read with
 * one goes on as an anonymous reader: the thread stays readable while the
 * page fetches a fresh token.
 */
export async function readSignedInUser(
  services: Services,
  c: Context,
): Promise<SignedInUser | undefined> {
  const token = c.req.header('X-Natter-User')?.trim();
  if (!token) return undefined;
  try {
    return await services.userTokens.verify(token);
  } catch (error) {
    const reading = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (reading && error instanceof HttpError) return undefined;
    throw error;
  }
}

/**
 * A signed-in reader's post: name, email and website come from the token,
 * whatever the draft says (it may leave them out).
 */
export function withSignedInAuthor(
  input: Record<string, unknown>,
  user: SignedInUser | undefined,
): Record<string, unknown> {
  if (!user) return input;
  const author: Record<string, string> = {name: user.name};
  if (user.email) author.email = user.email;
  if (user.url) author.url = user.url;
  return {...input, author};
}
