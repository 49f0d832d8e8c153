import type {CommentRow, StoredStatus} from '../db/schema.js';
import {announceStatusChange} from '../live/changes.js';
import type {Services} from '../services.js';
import {findComment} from '../store/read.js';
import {setStatus} from '../store/write.js';

/**
 * Moves a comment to `status` for the owner (console or one-click link): the
 * change and the mails and webhook calls it causes in one transaction, then
 * live events. Undefined when there is no such comment.
 */
export async function changeStatus(
  services: Services,
  id: string,
  status: StoredStatus,
  base: string,
): Promise<CommentRow | undefined> {
  const {db, hub, notifier} = services;
  const before = await findComment(db, id);
  if (!before) return undefined;
  if (before.status === status) return before;
  const row = await db.transaction().execute(async (trx) => {
    const changed = await setStatus(trx, id, status);
    if (changed) await notifier.changed(trx, before.status, changed, base);
    return changed;
  });
  if (!row) return undefined;
  notifier.nudge();
  if (status === 'published' || before.status === 'published') {
    await announceStatusChange(db, hub, row, status === 'published');
  }
  // Tells the console streams of every instance; readers hear only what they can see.
  await hub.publish({type: 'updated', thread: row.thread, id: row.id, ownerOnly: true});
  return row;
}
