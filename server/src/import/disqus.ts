import {normaliseThreadKey} from '../domain/thread-key.js';
import {derivedId} from '../store/ids.js';
import {type ImportAction, isoDate, lineError} from './actions.js';
import {htmlToText} from './html-text.js';
import {readXml} from './xml.js';

const ID = 'dsq:id';

interface Post {
  line: number;
  id: string;
  thread: string;
  parent: string | null;
  fields: Record<string, string>;
  author: Record<string, string>;
}

/**
 * Reads a Disqus export: `<thread>`s (each with its page's `<link>`), then
 * `<post>`s naming their thread and parent by `dsq:id`. A reply may name a
 * parent anywhere in the file, so the whole file is one scope; only each
 * thread's key and each stored post's place are kept, never a post's text.
 */
export function readDisqus(file: string): AsyncIterable<ImportAction[]> {
  const threads = new Map<string, string>();
  let thread: {id: string; line: number; link: string; closed: boolean; createdAt: string} | null =
    null;
  let post: Post | null = null;
  let root = false;
  return readXml(file, {
    open(path, element) {
      const attribute = element.attributes[ID] ?? '';
      if (path.length === 1) root = element.name === 'disqus';
      else if (path.length === 2 && element.name === 'thread') {
        thread = {id: attribute, line: element.line, link: '', closed: false, createdAt: ''};
      } else if (path.length === 2 && element.name === 'post') {
        post = {
          line: element.line,
          id: attribute,
          thread: '',
          parent: null,
          fields: {},
          author: {},
        };
      } else if (path.length === 3 && post && element.name === 'thread') post.thread = attribute;
      else if (path.length === 3 && post && element.name === 'parent') post.parent = attribute;
    },
    close(path, element, out) {
      const text = element.text.trim();
      if (path.length === 3 && thread) {
        if (element.name === 'link') thread.link = text;
        if (element.name === 'isClosed') thread.closed = text === 'true';
        if (element.name === 'createdAt') thread.createdAt = text;
      } else if (path.length === 3 && post) post.fields[element.name] = element.text;
      else if (path.length === 4 && post && path[2] === 'author') post.author[element.name] = text;
      else if (path.length === 2 && element.name === 'thread' && thread) {
        const key = threadKey(file, thread.line, thread.link);
        threads.set(thread.id, key);
        if (thread.closed) {
          const closedAt = isoDate(file, thread.line, thread.createdAt, 'createdAt');
          out.push({type: 'close-thread', thread: key, closedAt});
        }
        thread = null;
      } else if (path.length === 2 && element.name === 'post' && post) {
        out.push(postAction(file, post, threads));
        post = null;
      }
    },
    end() {
      if (!root)
        throw lineError(file, 1, 'this is not a Disqus export (its root is not <disqus>).');
    },
  });
}

function postAction(file: string, post: Post, threads: Map<string, string>): ImportAction {
  const {line, fields} = post;
  if (!post.id) throw lineError(file, line, `a post has no ${ID}.`);
  const thread = threads.get(post.thread);
  if (thread === undefined) {
    throw lineError(
      file,
      line,
      `post ${post.id} names thread ${post.thread}, which is not in the file.`,
    );
  }
  const sourceId = post.id;
  const parentSourceId = post.parent || null;
  if (fields.isSpam?.trim() === 'true') {
    return {type: 'skip', line, sourceId, parentSourceId, reason: 'spam'};
  }
  const deleted = fields.isDeleted?.trim() === 'true';
  const createdAt = isoDate(file, line, fields.createdAt?.trim() ?? '', 'createdAt');
  const key = `disqus:${sourceId}`;
  return {
    type: 'comment',
    comment: {
      line,
      sourceId,
      parentSourceId,
      thread,
      id: derivedId(Date.parse(createdAt), key),
      idempotencyKey: key,
      name: post.author.name || post.author.username || '',
      url: null,
      email: post.author.email || null,
      // A deleted post stays as a tombstone for its replies, without its words.
      body: deleted ? '' : htmlToText(fields.message ?? ''),
      createdAt,
      editedAt: null,
      status: deleted ? 'deleted' : 'published',
    },
  };
}

function threadKey(file: string, line: number, link: string): string {
  try {
    return normaliseThreadKey(new URL(link).pathname);
  } catch {
    throw lineError(
      file,
      line,
      `the thread's link ${JSON.stringify(link)} is not a URL with a path.`,
    );
  }
}
