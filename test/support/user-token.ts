/** A user token as a site would send it; the signature is never checked in the browser. */
export function fakeUserToken(payload: Record<string, unknown>): string {
  const part = (value: object) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${part({alg: 'HS256', typ: 'JWT'})}.${part(payload)}.c2lnbmF0dXJl`;
}
