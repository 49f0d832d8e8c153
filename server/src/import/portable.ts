import type {StoredStatus} from '../db/schema.js';

/**
 * The portable export (docs/import.md): JSON Lines, one value per line, so
 * it streams both ways and an error can name its line.
 *
 *   {"natter": 1, "exportedAt": "..."}
 *   {"thread": "/path", "closedAt": null, "comments": 2}
 *   {"id": "...", "parentId": null, "author": {"name": "..."}, "body": "...", ...}
 *   ...
 *   {"end": true, "threads": 1, "comments": 2}
 */
export interface PortableHeader {
  natter: 1;
  exportedAt: string;
}

export interface PortableThread {
  thread: string;
  /** When the owner closed it to new comments; null when open. */
  closedAt: string | null;
  /** How many comment lines follow. */
  comments: number;
}

export interface PortableComment {
  id: string;
  parentId: string | null;
  author: {name: string; url?: string};
  /** Plain text; with `markdown`, that source with its markup taken out. */
  body: string;
  /** The text as written, in the Markdown subset; absent for plain-text comments. */
  markdown?: string;
  createdAt: string;
  status: StoredStatus;
  editedAt?: string;
}

export interface PortableEnd {
  end: true;
  threads: number;
  comments: number;
}

export const PORTABLE_STATUSES: readonly StoredStatus[] = [
  'published',
  'pending',
  'deleted',
  'spam',
];
