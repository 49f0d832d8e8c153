import {expect, waitUntil} from '@open-wc/testing';
import {useMockWorker} from '../adapters/support/msw-worker.js';
import {adminComment, FakeAdmin} from './support/fake-admin.js';
import {FakeEventSource} from './support/fake-event-source.js';
import {$, alertText, button, mountAdmin, rows, section, text} from './support/mount.js';

async function signIn(el: HTMLElement, secret: string) {
  const input = $<HTMLInputElement>(el, 'input[name="secret"]')!;
  input.value = secret;
  button(el, /^Sign in$/).click();
}

describe('<natter-admin> signing in and out', () => {
  useMockWorker();

  it('shows the sign-in form when the session check answers 401, then the queue once signed in', async () => {
    const fake = new FakeAdmin({signedIn: false, comments: [adminComment('c1')]});
    const el = await mountAdmin(fake);
    expect($(el, 'nav')).to.equal(null);
    const input = $<HTMLInputElement>(el, 'input[name="secret"]')!;
    expect(input.type).to.equal('password');
    await waitUntil(() => el.shadowRoot!.activeElement === input, 'the field has focus');
    expect(text($(el, `label[for="${input.id}"]`))).to.equal('Admin token or password');

    await signIn(el, 'right-secret');
    await rows(el, 1);
    const post = fake.requests.find((r) => r.method === 'POST' && r.path === '/api/admin/session');
    expect(post?.body).to.deep.equal({secret: 'right-secret'});
    expect(text($(el, 'a[aria-current="page"]'))).to.equal('Queue');
    expect(FakeEventSource.latest().url).to.equal('/api/admin/events');
  });

  it('says so when the secret is wrong, and keeps what was typed', async () => {
    const el = await mountAdmin(new FakeAdmin({signedIn: false}));
    await signIn(el, 'wrong');
    await waitUntil(() => alertText(el).includes('not right'), 'the error shows');
    expect($<HTMLInputElement>(el, 'input[name="secret"]')!.value).to.equal('wrong');
    expect($(el, 'nav')).to.equal(null);
  });

  it('shows how long to wait after too many attempts (429)', async () => {
    const fake = new FakeAdmin({signedIn: false});
    fake.rateLimited = true;
    const el = await mountAdmin(fake);
    await signIn(el, 'right-secret');
    await waitUntil(() => alertText(el).includes('42 seconds'), 'the wait shows');
    expect(alertText(el)).to.contain('Too many attempts');
  });

  it('signs out: DELETE session, the form again, and the live stream closed', async () => {
    const fake = new FakeAdmin({comments: [adminComment('c1')]});
    const el = await mountAdmin(fake);
    await rows(el, 1);
    const stream = FakeEventSource.latest();
    button(el, /^Sign out$/).click();
    await waitUntil(() => $(el, 'input[name="secret"]'), 'the form is back');
    const signOut = fake.requests.filter(
      (r) => r.method === 'DELETE' && r.path === '/api/admin/session',
    );
    expect(signOut).to.have.length(1);
    expect(stream.closed).to.equal(true);
  });

  it('asks to sign in again when the session has ended meanwhile', async () => {
    const fake = new FakeAdmin({comments: [adminComment('c1')]});
    const el = await mountAdmin(fake);
    const [row] = await rows(el, 1);
    fake.signedIn = false;
    button(row, /^Approve$/).click();
    await waitUntil(() => $(el, 'input[name="secret"]'), 'the form is back');
    expect(alertText(el)).to.contain('Sign in again');
  });

  it('asks to sign in when the live stream is refused and the session is gone', async () => {
    const fake = new FakeAdmin({comments: [adminComment('c1')]});
    const el = await mountAdmin(fake);
    await rows(el, 1);
    fake.signedIn = false;
    FakeEventSource.latest().fail();
    await waitUntil(() => $(el, 'input[name="secret"]'), 'the form is back');
    expect(section(el)).to.not.equal(null);
  });
});
