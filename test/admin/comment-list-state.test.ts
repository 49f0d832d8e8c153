import {expect} from '@open-wc/testing';
import {belongs, upsert} from '../../src/admin/comment-list-state.js';
import {adminComment} from './support/fake-admin.js';

const at = (hour: number, extra = {}) => ({
  createdAt: `2026-11-30T${String(hour).padStart(2, '0')}:00:00.000Z`,
  ...extra,
});
const ids = (list: {id: string}[]) => list.map((c) => c.id);

describe('comment lists, as comments change', () => {
  const queue = [adminComment('a', at(8)), adminComment('c', at(12))];

  it('adds a held comment to the queue in time order', () => {
    expect(ids(upsert(queue, adminComment('b', at(10)), 'queue'))).to.deep.equal(['a', 'b', 'c']);
    expect(ids(upsert(queue, adminComment('d', at(13)), 'queue'))).to.deep.equal(['a', 'c', 'd']);
    expect(ids(upsert(queue, adminComment('z', at(7)), 'queue'))).to.deep.equal(['z', 'a', 'c']);
  });

  it('drops a comment from the queue once it is no longer held, and ignores others', () => {
    const approved = adminComment('a', at(8, {status: 'published'}));
    expect(ids(upsert(queue, approved, 'queue'))).to.deep.equal(['c']);
    const unseen = adminComment('x', at(9, {status: 'spam'}));
    expect(upsert(queue, unseen, 'queue')).to.equal(queue);
  });

  it('replaces a comment in place when it changes but still belongs', () => {
    const edited = adminComment('a', at(8, {body: 'new words'}));
    const list = upsert(queue, edited, 'queue');
    expect(ids(list)).to.deep.equal(['a', 'c']);
    expect(list[0].body).to.equal('new words');
  });

  it('puts new comments first in the recent list, when they match its filters', () => {
    const recent = [adminComment('c', at(12)), adminComment('a', at(8))];
    const fresh = adminComment('d', at(13, {status: 'published'}));
    expect(ids(upsert(recent, fresh, 'recent'))).to.deep.equal(['d', 'c', 'a']);
    expect(ids(upsert(recent, fresh, 'recent', {status: 'spam'}))).to.deep.equal(['c', 'a']);
    expect(ids(upsert(recent, fresh, 'recent', {thread: '/other'}))).to.deep.equal(['c', 'a']);
  });

  it('matches the recent filters as the server does', () => {
    const comment = adminComment('a', {body: 'Lovely Prose', thread: '/p'});
    expect(belongs(comment, 'recent', {q: 'prose'})).to.equal(true);
    expect(belongs(comment, 'recent', {q: 'author a'})).to.equal(true);
    expect(belongs(comment, 'recent', {q: 'poetry'})).to.equal(false);
    expect(belongs(comment, 'recent', {author: 'key-a', thread: '/p'})).to.equal(true);
    expect(belongs(comment, 'recent', {author: 'key-b'})).to.equal(false);
    expect(belongs(comment, 'recent', {status: 'all'})).to.equal(true);
  });
});
