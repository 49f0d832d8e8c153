import type {Comment} from '../core/types.js';
import type {CommentsAdapter} from '../adapters/types.js';
import {equal, ok, rejectsWith} from './assert.js';
import type {Register} from './cases-core.js';
import {assertComment, type TestKit} from './kit.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The adapter's `update`, or a skip naming what is missing. */
function updater(t: TestKit) {
  const update = t.adapter.update?.bind(t.adapter);
  if (!update) return t.skip('the adapter has no update()');
  t.need('update');
  return update;
}

function remover(t: TestKit) {
  const remove = t.adapter.remove?.bind(t.adapter);
  if (!remove) return t.skip('the adapter has no remove()');
  t.need('remove');
  return remove;
}

async function peerOf(t: TestKit): Promise<CommentsAdapter> {
  if (!t.fixture.createPeer) return t.skip('the fixture has no createPeer() for a second reader');
  return t.fixture.createPeer();
}

const find = (comments: Comment[], id: string) => comments.find((c) => c.id === id);

/** Editing and deleting one's own comment: update and remove. */
export function registerOwnCases(test: Register): void {
  test('edits the reader’s own comment: new text, editedAt, and other readers see it', async (t) => {
    const update = updater(t);
    const peer = await peerOf(t);
    const posted = await t.create('Text with a typo.');
    const mine = find(await t.listAll(), posted.id);
    equal(mine?.own, true, 'own on the author’s comment');
    const edited = await update(t.thread, posted.id, {body: 'Text without a typo.'});
    assertComment(edited, 'the edited comment');
    equal(edited.id, posted.id, 'the edited comment’s id');
    equal(edited.body, 'Text without a typo.', 'the edited text');
    ok(typeof edited.editedAt === 'string' && ISO.test(edited.editedAt), 'editedAt is ISO 8601');
    ok(Date.parse(edited.editedAt!) >= Date.parse(posted.createdAt), 'editedAt after createdAt');
    equal(edited.createdAt, posted.createdAt, 'createdAt is kept');
    const seen = find(await t.listAll(peer), posted.id);
    equal(seen?.body, 'Text without a typo.', 'the text another reader sees');
    equal(seen?.editedAt, edited.editedAt, 'the editedAt another reader sees');
    ok(seen?.own !== true, 'a comment is not own to another reader');
  });

  test('keeps the Markdown source beside its plain text', async (t) => {
    const update = updater(t);
    if (!t.adapter.capabilities?.markdown) return t.skip('capabilities.markdown is not true');
    const posted = await t.create('Some **strong** words.');
    equal(posted.markdown, 'Some **strong** words.', 'the source as written');
    equal(posted.body, 'Some strong words.', 'the plain text');
    const edited = await update(t.thread, posted.id, {body: 'Now `code` and _em_.'});
    equal(edited.markdown, 'Now `code` and _em_.', 'the edited source');
    equal(edited.body, 'Now code and em.', 'the edited plain text');
    const listed = find(await t.listAll(), posted.id);
    equal(listed?.markdown, 'Now `code` and _em_.', 'the listed source');
  });

  test('refuses to edit another reader’s comment, no comment, and empty text', async (t) => {
    updater(t);
    const peer = await peerOf(t);
    const posted = await t.create('Only mine to change.');
    ok(peer.update, 'the peer adapter has update()');
    await rejectsWith(
      peer.update!(t.thread, posted.id, {body: 'Changed by someone else.'}),
      'forbidden',
      'editing another reader’s comment',
    );
    await rejectsWith(
      t.adapter.update!(t.thread, 'no-such-comment-id', {body: 'Hello?'}),
      'not-found',
      'editing a comment that is not there',
    );
    await rejectsWith(
      t.adapter.update!(t.thread, posted.id, {body: '   '}),
      'validation',
      'editing to empty text',
      'body',
    );
    equal(
      find(await t.listAll(), posted.id)?.body,
      'Only mine to change.',
      'the text is unchanged',
    );
  });

  test('refuses an edit once the edit window has passed', async (t) => {
    updater(t);
    if (!t.fixture.createShortEditWindow) {
      return t.skip('the fixture has no createShortEditWindow() to make the window short');
    }
    const short = await t.fixture.createShortEditWindow();
    t.defer(() => short.cleanup?.());
    ok(short.adapter.update, 'the short-window adapter has update()');
    const posted = await t.create('Soon fixed in place.', null, short.adapter);
    if (posted.editableUntil !== undefined) {
      const until = Date.parse(posted.editableUntil) - Date.parse(posted.createdAt);
      ok(Math.abs(until - short.windowMs) < 1000, `editableUntil is the window after createdAt`);
    }
    await new Promise((resolve) => setTimeout(resolve, short.windowMs + 500));
    await rejectsWith(
      short.adapter.update!(t.thread, posted.id, {body: 'Too late.'}),
      'forbidden',
      'editing after the window',
    );
  });

  test('deletes the reader’s own comment: gone without replies', async (t) => {
    const remove = remover(t);
    const posted = await t.create('Said too soon.');
    const kept = await t.create('Stays.');
    const result = await remove(t.thread, posted.id);
    equal(result, null, 'remove() of a comment without replies');
    const left = await t.listAll();
    ok(!find(left, posted.id), 'the deleted comment is not listed');
    ok(find(left, kept.id), 'the other comment is still there');
    await rejectsWith(remove(t.thread, posted.id), 'not-found', 'deleting it again');
  });

  test('deletes the reader’s own comment with replies: a tombstone keeps them', async (t) => {
    const remove = remover(t);
    if (t.adapter.capabilities?.replies === false) return t.skip('the adapter takes no replies');
    const peer = await peerOf(t);
    const parent = await t.create('Start of a conversation.');
    const reply = await t.create('An answer.', parent.id, peer);
    const tombstone = await remove(t.thread, parent.id);
    ok(tombstone, 'remove() returns the tombstone of a comment with replies');
    equal(tombstone.status, 'deleted', 'the tombstone’s status');
    equal(tombstone.body, '', 'the tombstone’s text');
    const listed = await t.listAll(peer);
    equal(find(listed, parent.id)?.status, 'deleted', 'the listed tombstone');
    equal(find(listed, reply.id)?.parentId, parent.id, 'the reply keeps its place');
  });

  test('refuses to delete another reader’s comment', async (t) => {
    remover(t);
    const peer = await peerOf(t);
    const posted = await t.create('Not yours to delete.');
    ok(peer.remove, 'the peer adapter has remove()');
    await rejectsWith(
      peer.remove!(t.thread, posted.id),
      'forbidden',
      'deleting another reader’s comment',
    );
    ok(find(await t.listAll(), posted.id), 'the comment is still there');
  });
}
