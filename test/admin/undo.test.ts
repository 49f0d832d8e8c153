import {expect, waitUntil} from '@open-wc/testing';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {UndoController} from '../../src/admin/undo.js';

function host() {
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const self: ReactiveControllerHost & {updates(): number; leave(): void} = {
    addController: (c) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
    updates: () => updates,
    leave: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
  return self;
}

describe('Undo', () => {
  it('offers the last action for a while, then forgets it', async () => {
    const undo = new UndoController(host(), 60);
    undo.offer('Approved 1 comment.', [{id: 'a', status: 'pending'}]);
    expect(undo.available).to.equal(true);
    expect(undo.label).to.equal('Approved 1 comment.');
    await waitUntil(() => !undo.available, 'the offer lapses', {timeout: 2000});
    expect(undo.take()).to.deep.equal([]);
  });

  it('hands over the entries once, and a newer action replaces an older one', () => {
    const undo = new UndoController(host(), 10_000);
    undo.offer('Deleted 1 comment.', [{id: 'a', status: 'pending'}]);
    undo.offer('Marked as spam 1 comment.', [{id: 'b', status: 'published'}]);
    expect(undo.take()).to.deep.equal([{id: 'b', status: 'published'}]);
    expect(undo.take()).to.deep.equal([]);
    expect(undo.label).to.equal('');
  });

  it('stops its timer when the element leaves the page', () => {
    const page = host();
    const undo = new UndoController(page, 10_000);
    undo.offer('Approved 1 comment.', [{id: 'a', status: 'pending'}]);
    page.leave();
    expect(undo.available).to.equal(false);
  });
});
