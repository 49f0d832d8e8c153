import type {TestServer} from './server.js';
import {draft} from './server.js';

// Answers are whatever JSON the server sent; tests check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The `X-Natter-Author` header of a reader called `name`. */
export const reader = (name: string) => ({'X-Natter-Author': `${name}-browser-token`});

/** Requests a reader makes about their own comments and votes. */
export function ownRequests(server: TestServer) {
  const send = async (
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ) => {
    const response = await server.request(path, {
      method,
      headers: {'Content-Type': 'application/json', ...headers},
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: Json = text;
    try {
      json = JSON.parse(text);
    } catch {
      // Not JSON: the test sees the text.
    }
    return {status: response.status, body: json, response};
  };
  return {
    async post(thread: string, headers: Record<string, string>, overrides = {}) {
      const posted = await server.postJson('/api/comments', draft(thread, overrides), headers);
      if (posted.status !== 201) throw new Error(`post answered ${posted.status}`);
      return posted.body.comment as Json;
    },
    edit: (id: string, body: unknown, headers: Record<string, string>) =>
      send('PATCH', `/api/comments/${id}`, {body}, headers),
    remove: (id: string, headers: Record<string, string>) =>
      send('DELETE', `/api/comments/${id}`, undefined, headers),
    vote: (id: string, value: unknown, headers: Record<string, string>) =>
      send('POST', `/api/comments/${id}/vote`, {value}, headers),
    async list(thread: string, headers: Record<string, string> = {}, query = '') {
      const answer = await server.getJson(
        `/api/comments?thread=${encodeURIComponent(thread)}${query}`,
        headers,
      );
      return answer.body as Json;
    },
  };
}
