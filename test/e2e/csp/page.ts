// The strict page's script: the widget on a WordPress-style backend of the
// same origin (comments with HTML bodies), then one comment posted through
// the form. What happened goes to the test page that framed this one.
import '../../../src/define.js';
import {createWordPressAdapter} from '../../../src/adapters/wordpress.js';
import type {NatterErrorEvent} from '../../../src/events/error-event.js';

export interface CspPageResult {
  violations: string[];
  errors: string[];
  /** Text of the comments once loaded, HTML bodies sanitised. */
  loaded: string[];
  /** Markup kept in the HTML comment's body. */
  htmlBody: string;
  /** Text of the comments after posting. */
  afterPost: string[];
  /** Whether the policy was in force: string HTML and `eval` were refused. */
  enforced: {trustedTypes: boolean; eval: boolean};
}

/** Tries what the policy forbids (after the violations so far were taken). */
function probePolicy(): CspPageResult['enforced'] {
  const refused = (attempt: () => void) => {
    try {
      attempt();
      return false;
    } catch {
      return true;
    }
  };
  return {
    trustedTypes: refused(() => (document.createElement('div').innerHTML = '<b>probe</b>')),
    eval: refused(() => (0, eval)('1')),
  };
}

async function until<T>(find: () => T | null | undefined, what: string, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const errors: string[] = [];
document.addEventListener('natter-error', (event) => {
  const {error, context} = event as NatterErrorEvent;
  errors.push(`${context}: ${error.message}`);
});
window.addEventListener('error', (event) => errors.push(`error: ${event.message}`));

const section = document.querySelector('natter-comments')!;
const bodies = () =>
  [...section.shadowRoot!.querySelectorAll('article .body')].map((b) => b.textContent!.trim());

async function run(): Promise<Omit<CspPageResult, 'violations' | 'errors' | 'enforced'>> {
  (section as HTMLElement & {adapter: unknown}).adapter = createWordPressAdapter({
    endpoint: '/csp-wp/wp-json',
    rememberPending: false,
  });
  const html = await until(
    () => section.shadowRoot?.querySelector('.body.html strong')?.closest('.body'),
    'the sanitised HTML body',
  );
  const loaded = bodies();
  const form = await until(() => {
    const found = section.shadowRoot!.querySelector('natter-reply-form');
    return found?.shadowRoot?.querySelector('#body') ? found : undefined;
  }, 'the reply form');
  for (const [id, value] of [
    ['body', 'Posted under a strict policy <b>not bold</b>'],
    ['name', 'Strict Reader'],
    ['email', 'strict@example.com'],
  ]) {
    const field = form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    field.value = value;
    field.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  }
  await (form as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
  const posted = new Promise((resolve) =>
    section.addEventListener('natter-comment-posted', resolve, {once: true}),
  );
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await posted;
  await until(
    () => bodies().some((text) => text.startsWith('Posted under a strict policy')),
    'the posted comment',
  );
  return {loaded, htmlBody: html.innerHTML, afterPost: bodies()};
}

run().then(
  (result) => finish({...result}),
  (error: Error) => {
    errors.push(`page: ${error.message}`);
    finish({loaded: [], htmlBody: '', afterPost: []});
  },
);

function finish(result: Omit<CspPageResult, 'violations' | 'errors' | 'enforced'>) {
  // Late reports (an image error, a refused policy) have a moment to arrive.
  setTimeout(() => {
    const violations = [...window.cspViolations];
    const message: CspPageResult = {...result, violations, errors, enforced: probePolicy()};
    parent.postMessage({natterCsp: message}, location.origin);
  }, 300);
}
