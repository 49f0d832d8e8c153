import {expect} from '@open-wc/testing';
import {
  AdapterError,
  checkDraft,
  errorForStatus,
  isAdapterError,
  limits,
  oncePerKey,
  parseRetryAfter,
} from '../../src/adapter-kit.js';
import {AdapterError as WidgetsAdapterError} from '../../src/adapters/errors.js';

describe('adapter kit', () => {
  it('hands out the widget’s own AdapterError', () => {
    expect(AdapterError).to.equal(WidgetsAdapterError);
    expect(isAdapterError(errorForStatus(500))).to.equal(true);
  });

  it('maps HTTP statuses to the codes the widget explains', () => {
    const codes = [400, 401, 403, 404, 409, 413, 429, 500, 503].map((s) => errorForStatus(s).code);
    expect(codes).to.deep.equal([
      'validation',
      'forbidden',
      'forbidden',
      'not-found',
      'duplicate',
      'validation',
      'rate-limited',
      'server',
      'server',
    ]);
    expect(errorForStatus(413).field).to.equal('body');
    expect(errorForStatus(410, {code: 'closed'}).code).to.equal('closed');
    expect(errorForStatus(403, {code: 'closed'}).code).to.equal('closed');
    expect(errorForStatus(401, {code: 'closed'}).code).to.equal('forbidden');
    expect(errorForStatus(410, {code: 'made-up'}).code).to.equal('server');
    const limited = errorForStatus(429, {retryAfter: parseRetryAfter('12'), message: 'Slow down.'});
    expect([limited.retryAfter, limited.message, limited.status]).to.deep.equal([
      12,
      'Slow down.',
      429,
    ]);
  });

  it('checks a draft as the reference server does, naming the field at fault', () => {
    const draft = {parentId: null, body: '  Hello  ', author: {name: 'Ann', email: 'a@b.example'}};
    expect(checkDraft(draft, {requiresEmail: true})).to.deep.equal({
      parentId: null,
      body: 'Hello',
      author: {name: 'Ann', email: 'a@b.example'},
    });
    const fields = [
      {...draft, body: ' '},
      {...draft, body: 'x'.repeat(limits.body + 1)},
      {...draft, author: {name: ''}},
      {...draft, author: {name: 'Ann', email: 'no-at-sign'}},
      {...draft, author: {name: 'Ann', url: 'javascript:alert(1)'}},
    ].map((bad) => {
      try {
        checkDraft(bad, {requiresEmail: false});
        return 'accepted';
      } catch (error) {
        return `${(error as AdapterError).code} ${(error as AdapterError).field}`;
      }
    });
    expect(fields).to.deep.equal([
      'validation body',
      'validation body',
      'validation name',
      'validation email',
      'validation url',
    ]);
  });

  it('sends once per key, and again after a failure', async () => {
    const memory = oncePerKey<string>();
    let sends = 0;
    const ok = () => Promise.resolve(`sent ${++sends}`);
    const [a, b] = await Promise.all([memory.run('k1', ok), memory.run('k1', ok)]);
    expect([a, b, sends]).to.deep.equal(['sent 1', 'sent 1', 1]);
    const failing = () => Promise.reject(new Error(`failed ${++sends}`));
    await memory.run('k2', failing).catch(() => {});
    expect(await memory.run('k2', ok)).to.equal('sent 3');
    expect(await memory.run('k2', ok)).to.equal('sent 3');
    const thrown = memory.run('k3', () => {
      throw new Error('thrown at once');
    });
    await thrown.then(
      () => expect.fail('should reject'),
      (error: Error) => expect(error.message).to.equal('thrown at once'),
    );
  });
});
