/**
 * The host site's user token (docs/sso.md), sent as `X-Natter-User` with
 * every request once set: writes, so the server knows who posts, and reads,
 * so a reader sees their own held comments in any browser.
 */
export function createUserTokenSlot() {
  let token: string | null = null;
  return {
    set(value: string | null): void {
      token = typeof value === 'string' && value.trim() ? value.trim() : null;
    },
    headers(): Record<string, string> {
      return token ? {'X-Natter-User': token} : {};
    },
  };
}
