/**
 * The reader's own held comments. WordPress never lists a held comment to a
 * visitor, so the adapter remembers what this browser posted that came back
 * `hold` (or spam) and shows it to its author as pending until WordPress
 * lists it as approved, or for two weeks at most. Kept in localStorage when
 * a key is given (it survives a reload), else only in memory.
 */
import type {Comment} from '../../core/types.js';
import {readComment} from '../kit/comment-shape.js';
import {browserStorage} from '../../core/storage.js';

const KEEP_MS = 14 * 24 * 60 * 60 * 1000;

interface Entry {
  comment: Comment;
  savedAt: number;
}

type Posts = Record<string, Entry[]>;

export interface PendingMemory {
  remember(post: string, comment: Comment): void;
  /** Held comments of `post` that `approved` (the listed ids) does not contain yet. */
  forPost(post: string, approved: ReadonlySet<string>): Comment[];
}

function parse(text: string | null): Posts {
  const posts: Posts = {};
  if (!text) return posts;
  try {
    const raw = JSON.parse(text) as unknown;
    if (!raw || typeof raw !== 'object') return posts;
    for (const [post, entries] of Object.entries(raw as Record<string, unknown>)) {
      if (!Array.isArray(entries)) continue;
      const kept: Entry[] = [];
      for (const entry of entries as Array<Partial<Entry>>) {
        const comment = readComment(entry?.comment);
        if (comment && typeof entry.savedAt === 'number') {
          kept.push({comment, savedAt: entry.savedAt});
        }
      }
      if (kept.length) posts[post] = kept;
    }
  } catch {
    // Unreadable data is dropped; it only ever held copies.
  }
  return posts;
}

/** @param key localStorage key, or `null` to remember in memory only. */
export function pendingMemory(key: string | null): PendingMemory {
  let memory: Posts = {};
  const load = (): Posts => {
    const store = key ? browserStorage() : undefined;
    if (!store) return memory;
    try {
      return parse(store.getItem(key!));
    } catch {
      return memory;
    }
  };
  const save = (posts: Posts) => {
    memory = posts;
    const store = key ? browserStorage() : undefined;
    if (!store) return;
    try {
      if (Object.keys(posts).length) store.setItem(key!, JSON.stringify(posts));
      else store.removeItem(key!);
    } catch {
      // A full or blocked storage keeps the memory copy.
    }
  };

  return {
    remember(post, comment) {
      const posts = load();
      const {bodyHtml: _html, ...plain} = comment;
      posts[post] = [
        ...(posts[post] ?? []).filter((e) => e.comment.id !== comment.id),
        {comment: plain, savedAt: Date.now()},
      ];
      save(posts);
    },
    forPost(post, approved) {
      const posts = load();
      const entries = posts[post] ?? [];
      const now = Date.now();
      const kept = entries.filter((e) => !approved.has(e.comment.id) && now - e.savedAt < KEEP_MS);
      if (kept.length !== entries.length) {
        if (kept.length) posts[post] = kept;
        else delete posts[post];
        save(posts);
      }
      return kept.map((e) => structuredClone(e.comment));
    },
  };
}
