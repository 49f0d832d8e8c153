/** The sign-in form: the admin token or the admin password, sent once per press. */
import {html} from 'lit';

export function signInForm(busy: boolean, onSubmit: (secret: string) => void) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const secret = String(new FormData(form).get('secret') ?? '');
    if (secret) onSubmit(secret);
  };
  return html`<form class="sign-in" @submit=${submit} aria-labelledby="sign-in-title">
    <h2 id="sign-in-title">Sign in</h2>
    <label for="secret">Admin token or password</label>
    <input id="secret" name="secret" type="password" autocomplete="current-password" required />
    <button class="primary" ?disabled=${busy}>Sign in</button>
  </form>`;
}
