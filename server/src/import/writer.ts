import type {Kysely} from 'kysely';
import type {CommentRow, Database} from '../db/schema.js';
import type {Identity} from '../domain/identity.js';
import {dropControlCharacters, hasNul} from '../domain/text.js';
import {bumpThreadVersion} from '../store/versions.js';
import {type ImportAction, lineError, type SkipReason, type SourceComment} from './actions.js';

const BATCH = 500;

export interface ImportCounts {
  imported: number;
  /** Comments an earlier import of the same file (or the same ids) had stored. */
  alreadyThere: number;
  skipped: Record<SkipReason, number>;
  threads: number;
}

/** Where a stored comment sits, which is all its replies need. */
interface Placed {
  id: string;
  thread: string;
  path: string;
  rootId: string | null;
  depth: number;
}

/**
 * Stores what a reader yields, in batches, inside the caller's transaction.
 * Replies wait for their parent (a file may list a reply first); a reply to
 * a skipped comment moves up to the nearest ancestor that is kept. A reply
 * still waiting when its scope ends stops the import.
 */
export class ImportWriter {
  private readonly placed = new Map<string, Placed>();
  private readonly skippedParent = new Map<string, string | null>();
  private readonly waiting = new Map<string, SourceComment[]>();
  private batch: CommentRow[] = [];
  private readonly touched = new Set<string>();
  private readonly counts: ImportCounts = {
    imported: 0,
    alreadyThere: 0,
    skipped: {pingbacks: 0, spam: 0, trash: 0, other: 0},
    threads: 0,
  };

  constructor(
    private readonly db: Kysely<Database>,
    private readonly identity: Identity,
    private readonly file: string,
  ) {}

  async apply(action: ImportAction): Promise<void> {
    if (action.type === 'comment') await this.add(action.comment);
    else if (action.type === 'skip') {
      this.counts.skipped[action.reason]++;
      this.skippedParent.set(action.sourceId, action.parentSourceId);
      await this.release(action.sourceId);
    } else if (action.type === 'close-thread') {
      await this.db
        .insertInto('natter_closed_threads')
        .values({thread: action.thread, closed_at: action.closedAt})
        .onConflict((oc) => oc.column('thread').doNothing())
        .execute();
    } else this.endScope();
  }

  async finish(): Promise<ImportCounts> {
    this.endScope();
    await this.flush();
    for (const thread of this.touched) await bumpThreadVersion(this.db, thread);
    this.counts.threads = this.touched.size;
    return this.counts;
  }

  private async add(comment: SourceComment): Promise<void> {
    let parentId = comment.parentSourceId;
    while (parentId !== null && this.skippedParent.has(parentId)) {
      parentId = this.skippedParent.get(parentId) ?? null;
    }
    const parent = parentId === null ? null : this.placed.get(parentId);
    if (parent === undefined) {
      const list = this.waiting.get(parentId!) ?? [];
      list.push(comment);
      this.waiting.set(parentId!, list);
      return;
    }
    await this.place(comment, parent);
    await this.release(comment.sourceId);
  }

  /** Places the replies that waited for `sourceId`, now that it is stored or skipped. */
  private async release(sourceId: string): Promise<void> {
    const replies = this.waiting.get(sourceId);
    if (!replies) return;
    this.waiting.delete(sourceId);
    for (const reply of replies) await this.add(reply);
  }

  private async place(comment: SourceComment, parent: Placed | null): Promise<void> {
    const fail = (reason: string) => lineError(this.file, comment.line, reason);
    if (this.placed.has(comment.sourceId)) throw fail(`comment ${comment.sourceId} appears twice.`);
    if (parent && parent.thread !== comment.thread) {
      throw fail(`comment ${comment.sourceId} answers a comment of another thread.`);
    }
    const texts = [
      comment.markdown ?? '',
      comment.body,
      comment.name,
      comment.url ?? '',
      comment.email ?? '',
    ];
    if (texts.some(hasNul)) throw fail(`comment ${comment.sourceId} contains a NUL character.`);
    const {id} = comment;
    const row: CommentRow = {
      id,
      thread: comment.thread,
      parent_id: parent?.id ?? null,
      root_id: parent ? (parent.rootId ?? parent.id) : null,
      path: parent ? `${parent.path}/${id}` : id,
      depth: parent ? parent.depth + 1 : 1,
      body: dropControlCharacters(comment.body),
      author_name: dropControlCharacters(comment.name).trim() || 'Anonymous',
      // No raw address is stored from an import: only the keyed hash that blocks match.
      author_email: null,
      author_url: comment.url,
      author_key: this.identity.importedAuthorKey(comment.name.trim()),
      author_token_hash: null,
      status: comment.status,
      idempotency_key: comment.idempotencyKey,
      created_at: comment.createdAt,
      updated_at: new Date().toISOString(),
      edited_at: comment.editedAt,
      email_key: comment.email ? this.identity.emailKey(comment.email.trim()) : null,
      // Nobody asked this server for mail about replies.
      notify_replies: 0,
      author_verified: 0,
      author_avatar: null,
      votes_up: 0,
      votes_down: 0,
      score: 0,
      markdown: comment.markdown == null ? null : dropControlCharacters(comment.markdown),
    };
    this.placed.set(comment.sourceId, {
      id,
      thread: row.thread,
      path: row.path,
      rootId: row.root_id,
      depth: row.depth,
    });
    this.batch.push(row);
    if (this.batch.length >= BATCH) await this.flush();
  }

  /** A reply whose parent never came is an error; what the scope placed is forgotten. */
  private endScope(): void {
    if (this.waiting.size > 0) {
      // Name the reply whose parent is missing, not one that waits on that reply.
      const waitingIds = new Set([...this.waiting.values()].flat().map((c) => c.sourceId));
      const [parentId, [reply]] = [...this.waiting].find(([id]) => !waitingIds.has(id))!;
      throw lineError(
        this.file,
        reply.line,
        `comment ${reply.sourceId} answers comment ${parentId}, which is not in the file.`,
      );
    }
    this.placed.clear();
    this.skippedParent.clear();
  }

  /** Already stored rows (same id or key) are left as they are and counted. */
  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const rows = this.batch;
    this.batch = [];
    const inserted = await this.db
      .insertInto('comments')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .returning(['thread'])
      .execute();
    for (const {thread} of inserted) this.touched.add(thread);
    this.counts.imported += inserted.length;
    this.counts.alreadyThere += rows.length - inserted.length;
  }
}
