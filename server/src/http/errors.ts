/** Error codes of the protocol's JSON error body (docs/protocol.md). */
export type ErrorCode =
  | 'validation'
  | 'invalid-json'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'duplicate'
  | 'closed'
  | 'too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'server';

/** A failure the client is told about as `{"error": {code, message, field?}}`. */
export class HttpError extends Error {
  override readonly name = 'HttpError';

  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Seconds, for 429. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  toJSON(): {error: {code: ErrorCode; message: string; field?: string}} {
    const error: {code: ErrorCode; message: string; field?: string} = {
      code: this.code,
      message: this.message,
    };
    if (this.field) error.field = this.field;
    return {error};
  }
}

export const validationError = (field: string, message: string) =>
  new HttpError(400, 'validation', message, field);

export const notFound = (message: string, field?: string) =>
  new HttpError(404, 'not-found', message, field);
