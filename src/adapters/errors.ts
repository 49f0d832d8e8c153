/** Why an adapter call failed, in terms the widget can explain to a person. */
export type AdapterErrorCode =
  | 'network'
  | 'timeout'
  | 'validation'
  | 'rate-limited'
  | 'duplicate'
  | 'forbidden'
  | 'closed'
  | 'not-found'
  | 'server'
  | 'aborted';

export interface AdapterErrorOptions {
  /** For `validation`: the draft field at fault (`body`, `name`, `email`, `url`). */
  field?: string;
  /** For `rate-limited`: seconds to wait before trying again. */
  retryAfter?: number;
  /** HTTP status, when the failure came from a response. */
  status?: number;
  cause?: unknown;
}

/** The one error type adapters throw. */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly code: AdapterErrorCode;
  readonly field?: string;
  readonly retryAfter?: number;
  readonly status?: number;

  constructor(code: AdapterErrorCode, message: string, options: AdapterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : {cause: options.cause});
    this.code = code;
    this.field = options.field;
    this.retryAfter = options.retryAfter;
    this.status = options.status;
  }

  /** Whether trying the same call again may succeed. */
  get retryable(): boolean {
    return (
      this.code === 'network' ||
      this.code === 'timeout' ||
      this.code === 'server' ||
      this.code === 'rate-limited'
    );
  }
}

export function isAdapterError(value: unknown): value is AdapterError {
  return value instanceof AdapterError;
}
