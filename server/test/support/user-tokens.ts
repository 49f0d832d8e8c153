import {SignJWT} from 'jose';

export const SSO_SECRET = 'sso-test-secret-0123456789-abcdefghijklmnop';
export const OTHER_SECRET = 'sso-other-secret-9876543210-zyxwvutsrqponml';

/** Seconds since the epoch, as `exp` counts them. */
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** An HS256 user token as a site's backend would sign it; `exp` defaults to ten minutes ahead. */
export function userToken(
  claims: Record<string, unknown> = {},
  options: {secret?: string; kid?: string; alg?: string} = {},
): Promise<string> {
  const payload = {sub: 'user-1', name: 'Grace Hopper', exp: nowSeconds() + 600, ...claims};
  const header = {
    alg: options.alg ?? 'HS256',
    typ: 'JWT',
    ...(options.kid ? {kid: options.kid} : {}),
  };
  return new SignJWT(payload)
    .setProtectedHeader(header)
    .sign(new TextEncoder().encode(options.secret ?? SSO_SECRET));
}

/** A token whose parts are given as is: for headers and signatures no library would write. */
export function rawToken(header: object, payload: object, signature = ''): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part(header)}.${part(payload)}.${signature}`;
}
