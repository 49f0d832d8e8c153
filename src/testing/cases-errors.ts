import type {NewComment} from '../core/types.js';
import {equal, rejectsWith} from './assert.js';
import type {Register} from './cases-core.js';
import type {TestKit} from './kit.js';

async function refuses(t: TestKit, draft: NewComment, field: string, what: string): Promise<void> {
  await rejectsWith(
    t.adapter.create(t.thread, draft, {idempotencyKey: t.key()}),
    'validation',
    what,
    field,
  );
  // A refused draft leaves nothing behind.
  equal((await t.adapter.list(t.thread, {})).total, 0, `${what}: total afterwards`);
}

/** Every error an adapter can produce from what a person types or does. */
export function registerErrorCases(test: Register): void {
  test('refuses an empty body (validation, field body)', async (t) => {
    t.need('validation');
    await refuses(t, t.draft('   \n  '), 'body', 'a blank body');
  });

  test('refuses a missing name (validation, field name)', async (t) => {
    t.need('validation');
    const draft = t.draft('No name given.');
    draft.author = {...draft.author, name: '  '};
    await refuses(t, draft, 'name', 'a blank name');
  });

  test('refuses a malformed email address (validation, field email)', async (t) => {
    t.need('validation');
    const draft = t.draft('Bad address.');
    draft.author = {...draft.author, email: 'not an address'};
    await refuses(t, draft, 'email', 'a malformed email');
  });

  test('refuses a missing email when the backend requires one', async (t) => {
    t.need('validation');
    if (t.adapter.capabilities?.requiresEmail === false) {
      t.skip('capabilities.requiresEmail is false');
    }
    const draft = t.draft('No address.');
    draft.author = {name: 'Conformance Tester'};
    await refuses(t, draft, 'email', 'a missing email');
  });

  test('accepts a missing email when the backend does not require one', async (t) => {
    if (t.adapter.capabilities?.requiresEmail !== false) {
      t.skip('the adapter requires an email (capabilities.requiresEmail is not false)');
    }
    const draft = t.draft('No address, no problem.');
    draft.author = {name: 'Conformance Tester'};
    const created = await t.adapter.create(t.thread, draft, {idempotencyKey: t.key()});
    equal(created.body, 'No address, no problem.', 'body of a comment without email');
  });

  test('refuses a javascript: website address (validation, field url)', async (t) => {
    t.need('validation');
    const draft = t.draft('Sneaky link.');
    draft.author = {...draft.author, url: 'javascript:alert(1)'};
    await refuses(t, draft, 'url', 'a javascript: URL');
  });

  test('refuses a reply to an unknown comment (not-found)', async (t) => {
    if (t.adapter.capabilities?.replies === false)
      return t.skip('the adapter does not accept replies');
    t.need('replies');
    await t.create('An existing comment.');
    const error = await rejectsWith(
      t.create('Answering nobody.', 'no-such-comment-0'),
      'not-found',
      'a reply to an unknown parent',
    );
    if (error.field !== undefined) equal(error.field, 'parentId', 'field of the not-found error');
    equal((await t.adapter.list(t.thread, {})).total, 1, 'total after the refused reply');
  });

  test('refuses the same text from the same author twice (duplicate)', async (t) => {
    t.need('duplicate');
    await t.create('Saying it once.');
    await rejectsWith(t.create('Saying it once.'), 'duplicate', 'the same text again');
    equal((await t.adapter.list(t.thread, {})).total, 1, 'total after the duplicate');
  });

  test('rejects with aborted when the signal is already aborted', async (t) => {
    t.need('abort');
    const controller = new AbortController();
    controller.abort();
    const {signal} = controller;
    await rejectsWith(t.adapter.list(t.thread, {signal}), 'aborted', 'an aborted list');
    await rejectsWith(
      t.adapter.create(t.thread, t.draft('Never sent.'), {idempotencyKey: t.key(), signal}),
      'aborted',
      'an aborted create',
    );
    if (t.adapter.count) {
      await rejectsWith(t.adapter.count([t.thread], {signal}), 'aborted', 'an aborted count');
    }
    equal((await t.adapter.list(t.thread, {})).total, 0, 'an aborted create stores nothing');
  });
}
