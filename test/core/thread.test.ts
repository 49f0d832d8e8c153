import {expect} from '@open-wc/testing';
import {buildThread, isFlattened, type ThreadNode} from '../../src/core/thread.js';
import type {Comment} from '../../src/core/types.js';

let clock = Date.UTC(2026, 0, 1);
function comment(
  id: string,
  parentId: string | null = null,
  extra: Partial<Comment> = {},
): Comment {
  clock += 60_000;
  return {
    id,
    parentId,
    author: {name: `Author ${id}`},
    body: `Body of ${id}`,
    createdAt: new Date(clock).toISOString(),
    status: 'published',
    ...extra,
  };
}

/** The tree as nested ids, for readable expectations. */
function shape(nodes: ThreadNode[]): unknown[] {
  return nodes.map((node) =>
    node.children.length ? [node.comment.id, shape(node.children)] : node.comment.id,
  );
}

describe('buildThread', () => {
  it('nests replies under their parents whatever order they arrive in', () => {
    const a = comment('a');
    const b = comment('b', 'a');
    const c = comment('c', 'b');
    const d = comment('d');
    const thread = buildThread([c, d, b, a]);
    expect(shape(thread.roots)).to.deep.equal([['a', [['b', ['c']]]], 'd']);
    expect(thread.get('c')!.depth).to.equal(3);
    expect(thread.get('a')!.replyCount).to.equal(2);
  });

  it('orders top-level comments by sort and replies always oldest first', () => {
    const a = comment('a');
    const b = comment('b');
    const r1 = comment('r1', 'a');
    const r2 = comment('r2', 'a');
    const newest = buildThread([r2, a, r1, b], {sort: 'newest'});
    expect(shape(newest.roots)).to.deep.equal(['b', ['a', ['r1', 'r2']]]);
    const oldest = buildThread([b, r2, r1, a], {sort: 'oldest'});
    expect(shape(oldest.roots)).to.deep.equal([['a', ['r1', 'r2']], 'b']);
  });

  it('keeps replies beyond max-depth at the last level and says whom they answer', () => {
    const a = comment('a', null, {author: {name: 'Ann'}});
    const b = comment('b', 'a', {author: {name: 'Bob'}});
    const c = comment('c', 'b', {author: {name: 'Cy'}});
    const d = comment('d', 'c', {author: {name: 'Jim'}});
    const e = comment('e', 'd');
    const thread = buildThread([a, b, c, d, e], {maxDepth: 2});
    // b is at the last level; c, d and e sit in one flat list under it.
    expect(shape(thread.roots)).to.deep.equal([['a', [['b', ['c', 'd', 'e']]]]]);
    for (const id of ['c', 'd', 'e']) {
      expect(thread.get(id)!.depth).to.equal(2);
      expect(isFlattened(thread.get(id)!)).to.equal(true);
    }
    expect(isFlattened(thread.get('b')!)).to.equal(false);
    expect(thread.get('e')!.parent!.comment.author.name).to.equal('Jim');
    expect(thread.get('d')!.parent!.comment.author.name).to.equal('Cy');
  });

  it('flattens every reply under its top-level comment when max-depth is 1', () => {
    const a = comment('a');
    const b = comment('b', 'a');
    const c = comment('c', 'b');
    const thread = buildThread([a, b, c], {maxDepth: 1});
    expect(shape(thread.roots)).to.deep.equal([['a', ['b', 'c']]]);
    expect(thread.get('c')!.parent!.comment.id).to.equal('b');
  });

  it('shows a reply whose parent is missing at top level, marked, never dropped', () => {
    const a = comment('a');
    const lost = comment('lost', 'gone');
    const child = comment('child', 'lost');
    const thread = buildThread([a, lost, child]);
    expect(shape(thread.roots)).to.deep.equal(['a', ['lost', ['child']]]);
    expect(thread.get('lost')!.orphan).to.equal(true);
    expect(thread.get('child')!.orphan).to.equal(false);
    expect(thread.size).to.equal(3);
  });

  it('moves an orphan under its parent when the parent arrives later', () => {
    const parent = comment('p');
    const orphan = comment('o', 'p');
    const grandchild = comment('g', 'o');
    const thread = buildThread([orphan, grandchild]);
    expect(thread.get('o')!.orphan).to.equal(true);
    thread.add(parent);
    expect(shape(thread.roots)).to.deep.equal([['p', [['o', ['g']]]]]);
    expect(thread.get('o')!.orphan).to.equal(false);
    expect(thread.get('p')!.replyCount).to.equal(2);
  });

  it('keeps comments that answer each other in a cycle', () => {
    const x = comment('x', 'y');
    const y = comment('y', 'x');
    const self = comment('s', 's');
    const thread = buildThread([x, y, self]);
    expect(thread.size).to.equal(3);
    expect(thread.comments().map((c) => c.id)).to.have.members(['x', 'y', 's']);
  });

  it('does not duplicate a comment that arrives twice', () => {
    const a = comment('a');
    const thread = buildThread([a, a]);
    thread.addMany([{...a, body: 'edited'}]);
    expect(thread.roots).to.have.length(1);
    expect(thread.get('a')!.comment.body).to.equal('edited');
  });

  it('counts replies in a subtree for "Show N replies"', () => {
    const a = comment('a');
    const thread = buildThread([a, comment('b', 'a'), comment('c', 'a'), comment('d', 'c')]);
    expect(thread.get('a')!.replyCount).to.equal(3);
    expect(thread.get('c')!.replyCount).to.equal(1);
  });
});

describe('Thread updates', () => {
  it('merges a later page after what is shown', () => {
    const page1 = [comment('a'), comment('a1', 'a')];
    const page2 = [comment('b'), comment('b1', 'b')];
    const thread = buildThread(page1);
    const added = thread.addMany(page2);
    expect(added.map((n) => n.comment.id)).to.deep.equal(['b', 'b1']);
    expect(shape(thread.roots)).to.deep.equal([
      ['a', ['a1']],
      ['b', ['b1']],
    ]);
  });

  it('turns a deleted comment with replies into a tombstone and removes a leaf', () => {
    const thread = buildThread([comment('a'), comment('b', 'a'), comment('c')]);
    expect(thread.remove('a')).to.equal('tombstoned');
    expect(thread.get('a')!.comment.status).to.equal('deleted');
    expect(thread.get('a')!.comment.body).to.equal('');
    expect(shape(thread.roots)).to.deep.equal([['a', ['b']], 'c']);
    expect(thread.remove('c')).to.equal('removed');
    expect(thread.get('c')).to.equal(undefined);
    // The last reply of a tombstone goes, and the tombstone with it.
    expect(thread.remove('b')).to.equal('removed');
    expect(thread.roots).to.have.length(0);
  });

  it('replaces a stand-in comment by the one the backend returned', () => {
    const thread = buildThread([comment('a')]);
    thread.add(comment('temp-1', 'a', {status: 'pending'}));
    expect(thread.get('a')!.replyCount).to.equal(1);
    const real = comment('real', 'a');
    thread.replace('temp-1', real);
    expect(thread.get('temp-1')).to.equal(undefined);
    expect(shape(thread.roots)).to.deep.equal([['a', ['real']]]);
    expect(thread.get('a')!.replyCount).to.equal(1);
  });

  it('bumps the revision of the block that changed only', () => {
    const thread = buildThread([comment('a'), comment('b')]);
    const [a, b] = thread.roots;
    const before = [a.rev, b.rev];
    thread.add(comment('r', 'a'));
    expect(a.rev).to.be.greaterThan(before[0]);
    expect(b.rev).to.equal(before[1]);
    thread.update({...b.comment, body: 'changed'});
    expect(b.rev).to.be.greaterThan(before[1]);
  });
});
