/**
 * Checks what a person typed into the reply form before anything is sent.
 * The limits are the reference server's (docs/protocol.md), so a draft that
 * passes here is not refused there for its shape. Nothing is ever shortened:
 * a value over a limit is an error the person fixes.
 */
import type {FormMessageKey} from './form-messages.js';
import {codePointLength, EMAIL, limits} from './limits.js';
import {safeUrl} from './url.js';

export {codePointLength, limits};

/** The form fields, in the order the form shows them. */
export type DraftField = 'body' | 'name' | 'email' | 'url';
export const draftFields: readonly DraftField[] = ['body', 'name', 'email', 'url'];

export interface DraftInput {
  body: string;
  name: string;
  email: string;
  url: string;
}

export interface ValidateOptions {
  /** Whether an email address must be given. Default true. */
  requiresEmail?: boolean;
  /**
   * The host page supplied the author (a signed-in user), so the name,
   * email and website fields are not shown and not checked.
   */
  signedIn?: boolean;
}

export interface FieldError {
  field: DraftField;
  /** Message key in the catalogue, formatted with `params`. */
  message: FormMessageKey;
  params?: Record<string, number>;
}

/** Problems with the input, in form order; an empty array means it may be sent. */
export function validateDraft(input: DraftInput, options: ValidateOptions = {}): FieldError[] {
  const errors: FieldError[] = [];
  const body = input.body.trim();
  const bodyLength = codePointLength(body);
  if (!body) errors.push({field: 'body', message: 'errorBodyMissing'});
  else if (bodyLength > limits.body) {
    errors.push({
      field: 'body',
      message: 'errorBodyTooLong',
      params: {count: bodyLength, max: limits.body},
    });
  }
  if (options.signedIn) return errors;

  const name = input.name.trim();
  if (!name) errors.push({field: 'name', message: 'errorNameMissing'});
  else if (codePointLength(name) > limits.name) {
    errors.push({field: 'name', message: 'errorNameTooLong', params: {max: limits.name}});
  }

  const email = input.email.trim();
  if (!email) {
    if (options.requiresEmail !== false)
      errors.push({field: 'email', message: 'errorEmailMissing'});
  } else if (email.length > limits.email) {
    errors.push({field: 'email', message: 'errorEmailTooLong', params: {max: limits.email}});
  } else if (!EMAIL.test(email)) {
    errors.push({field: 'email', message: 'errorEmailInvalid'});
  }

  const url = input.url.trim();
  if (url) {
    const safe = safeUrl(url);
    if (!safe) errors.push({field: 'url', message: 'errorUrlInvalid'});
    else if (safe.length > limits.url) {
      errors.push({field: 'url', message: 'errorUrlTooLong', params: {max: limits.url}});
    }
  }
  return errors;
}

/**
 * The website as it will be sent: normalised by the URL parser, or
 * `undefined` when empty or not http(s).
 */
export function normaliseWebsite(raw: string): string | undefined {
  return raw.trim() ? safeUrl(raw) : undefined;
}
