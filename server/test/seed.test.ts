import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {importDiscussion, type Discussion} from '../src/seed.js';
import {forEachBackend} from './support/backends.js';
import {useServer} from './support/server.js';

const discussion: Discussion = {
  thread: '/demo/',
  comments: [
    // Out of order on purpose: a reply before its parent.
    {
      id: 'c-reply',
      parentId: 'c-first',
      author: {name: 'Bo'},
      body: 'A reply.',
      createdAt: '2026-11-20T10:05:00Z',
    },
    {
      id: 'c-first',
      parentId: null,
      author: {name: 'Ada', url: 'https://ada.example'},
      body: 'The first comment.',
      createdAt: '2026-11-20T10:00:00Z',
      status: 'published',
    },
    {
      id: 'c-second',
      parentId: null,
      author: {name: 'Cy'},
      body: 'The second comment.',
      createdAt: '2026-11-20T10:01:00.000Z',
    },
  ],
};

forEachBackend((backend) => {
  describe('importing a discussion', () => {
    const server = useServer(backend);

    it('keeps ids, dates and parents, and imports only into an empty thread', async () => {
      const services = server.current.running.comments.services;
      assert.equal(await importDiscussion(services, discussion), 3);
      assert.equal(await importDiscussion(services, discussion), 0);
      const {body} = await server.current.getJson('/api/comments?thread=/demo');
      assert.equal(body.total, 3);
      assert.deepEqual(
        body.comments.map((c: {id: string; parentId: string | null; createdAt: string}) => [
          c.id,
          c.parentId,
          c.createdAt,
        ]),
        [
          ['c-first', null, '2026-11-20T10:00:00.000Z'],
          ['c-reply', 'c-first', '2026-11-20T10:05:00.000Z'],
          ['c-second', null, '2026-11-20T10:01:00.000Z'],
        ],
      );
      const reply = await server.current.postJson('/api/comments', {
        thread: '/demo/',
        parentId: 'c-reply',
        body: 'Answering a seeded comment.',
        author: {name: 'Dee', email: 'dee@example.com'},
        elapsedMs: 9000,
      });
      assert.equal(reply.status, 201);
    });

    it('keeps a comment written in Markdown as its source and its plain text', async () => {
      const services = server.current.running.comments.services;
      const source = 'Look for the `dwell` field, **then** the [timetable](https://example.org/t).';
      const written: Discussion = {
        thread: '/formatted',
        comments: [
          {
            id: 'c-md',
            parentId: null,
            author: {name: 'Ifan'},
            body: 'ignored when markdown is given',
            markdown: source,
            createdAt: '2026-11-20T10:00:00Z',
          },
        ],
      };
      assert.equal(await importDiscussion(services, written), 1);
      const {body} = await server.current.getJson('/api/comments?thread=/formatted');
      assert.equal(body.comments[0].markdown, source);
      assert.equal(
        body.comments[0].body,
        'Look for the dwell field, then the timetable (https://example.org/t).',
      );
    });

    it('refuses a file whose reply answers a comment that is not there', async () => {
      const broken: Discussion = {
        thread: '/broken',
        comments: [{...discussion.comments[0], parentId: 'missing'}],
      };
      await assert.rejects(
        importDiscussion(server.current.running.comments.services, broken),
        /not in the file/,
      );
    });
  });
});
