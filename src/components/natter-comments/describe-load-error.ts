/**
 * What to tell the reader when the comments cannot be shown. A wrong setup
 * says what to fix; a failed load says what happened, from the adapter's
 * error code, next to a Retry button.
 */
import {isAdapterError} from '../../adapters/errors.js';
import {isConfigError} from '../../adapters/resolve.js';
import type {ListMessageKey} from '../../core/list-messages.js';

export interface ErrorText {
  key: ListMessageKey;
  params?: Record<string, string | number>;
}

export function describeLoadError(error: unknown): ErrorText {
  if (isConfigError(error)) {
    const adapter = error.adapter ?? '';
    if (error.problem === 'no-endpoint') return {key: 'configErrorNoEndpoint', params: {adapter}};
    if (error.problem === 'unknown-adapter') {
      return {key: 'configErrorUnknownAdapter', params: {adapter}};
    }
    return {key: 'configErrorNoBackend'};
  }
  // A failed fetch (or a failed download of an adapter module) is a TypeError.
  if (error instanceof TypeError) return {key: 'loadErrorNetwork'};
  if (!isAdapterError(error)) return {key: 'loadErrorOther'};
  switch (error.code) {
    case 'network':
      return {key: 'loadErrorNetwork'};
    case 'timeout':
      return {key: 'loadErrorTimeout'};
    case 'server':
      return {key: 'loadErrorServer'};
    case 'rate-limited':
      return {key: 'loadErrorRateLimited'};
    case 'forbidden':
      return {key: 'loadErrorForbidden'};
    case 'not-found':
      return {key: 'loadErrorNotFound'};
    case 'validation':
      return {key: 'loadErrorInvalid'};
    default:
      return {key: 'loadErrorOther'};
  }
}
