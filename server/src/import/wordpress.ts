import {normaliseThreadKey} from '../domain/thread-key.js';
import {derivedId} from '../store/ids.js';
import {
  httpUrl,
  type ImportAction,
  lineError,
  type SkipReason,
  type SourceComment,
} from './actions.js';
import {htmlToText} from './html-text.js';
import {readXml, type XmlElement} from './xml.js';

interface WpComment {
  line: number;
  fields: Record<string, string>;
}

/** One `<item>` (a post or page) and its comments: all a reply's parent can be in. */
interface WpItem {
  line: number;
  link: string;
  comments: WpComment[];
}

const WP = 'wp:';

/**
 * Reads a WordPress export (WXR, as Tools → Export writes it). Each post's
 * comments go to the thread of its link's path; held comments stay held;
 * spam, trash, pingbacks and trackbacks are skipped and counted.
 */
export function readWordPress(file: string): AsyncIterable<ImportAction[]> {
  let site: string | null = null;
  let item: WpItem | null = null;
  let comment: WpComment | null = null;
  let items = 0;
  return readXml(file, {
    open(path, element) {
      if (element.name === 'item') item = {line: element.line, link: '', comments: []};
      else if (element.name === `${WP}comment` && item) {
        comment = {line: element.line, fields: {}};
      }
    },
    close(path, element: XmlElement, out) {
      const parent = path[path.length - 2];
      if (element.name === 'link' && parent === 'channel') site = element.text.trim();
      else if (element.name === 'link' && parent === 'item' && item) item.link = element.text;
      else if (parent === `${WP}comment` && comment) {
        comment.fields[element.name.slice(WP.length)] = element.text;
      } else if (element.name === `${WP}comment` && comment && item) {
        item.comments.push(comment);
        comment = null;
      } else if (element.name === 'item' && item) {
        items++;
        if (item.comments.length > 0) {
          if (!site)
            throw lineError(file, item.line, 'the channel has no <link> before its items.');
          emitItem(file, site, item, out);
        }
        item = null;
      }
    },
    end() {
      if (items === 0 && !site) {
        throw lineError(file, 1, 'this is not a WordPress export (no <channel> with <item>s).');
      }
    },
  });
}

function emitItem(file: string, site: string, item: WpItem, out: ImportAction[]): void {
  const thread = threadOfLink(file, item);
  for (const {line, fields} of item.comments) {
    const sourceId = (fields.comment_id ?? '').trim();
    if (!/^\d+$/.test(sourceId)) throw lineError(file, line, 'a comment has no comment_id.');
    const parent = (fields.comment_parent ?? '0').trim();
    const parentSourceId = parent === '' || parent === '0' ? null : parent;
    const reason = skipReason(file, line, fields);
    if (reason) {
      out.push({type: 'skip', line, sourceId, parentSourceId, reason});
      continue;
    }
    const createdAt = wpDate(file, line, fields);
    const key = `wp:${site}:${sourceId}`;
    const entry: SourceComment = {
      line,
      sourceId,
      parentSourceId,
      thread,
      id: derivedId(Date.parse(createdAt), key),
      idempotencyKey: key,
      // WordPress keeps names with HTML entities (&amp;).
      name: htmlToText(fields.comment_author ?? ''),
      url: httpUrl(fields.comment_author_url),
      email: fields.comment_author_email?.trim() || null,
      body: htmlToText(fields.comment_content ?? ''),
      createdAt,
      editedAt: null,
      status: fields.comment_approved?.trim() === '1' ? 'published' : 'pending',
    };
    out.push({type: 'comment', comment: entry});
  }
  out.push({type: 'end-scope'});
}

function skipReason(file: string, line: number, fields: Record<string, string>): SkipReason | null {
  const type = (fields.comment_type ?? '').trim();
  if (type === 'pingback' || type === 'trackback') return 'pingbacks';
  // Other types (such as the editor's notes of WordPress 6.9) are not reader comments.
  if (type !== '' && type !== 'comment') return 'other';
  const approved = (fields.comment_approved ?? '').trim();
  if (approved === 'spam') return 'spam';
  if (approved === 'trash' || approved === 'post-trashed') return 'trash';
  if (approved !== '0' && approved !== '1') {
    throw lineError(
      file,
      line,
      `comment_approved ${JSON.stringify(approved)} is not 0, 1, spam or trash.`,
    );
  }
  return null;
}

/** WordPress keeps UTC in comment_date_gmt; a zero one falls back to the local comment_date. */
function wpDate(file: string, line: number, fields: Record<string, string>): string {
  const gmt = (fields.comment_date_gmt ?? '').trim();
  const local = (fields.comment_date ?? '').trim();
  const value = gmt && !gmt.startsWith('0000-') ? gmt : local;
  const time = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(value)
    ? Date.parse(`${value.replace(' ', 'T')}Z`)
    : NaN;
  if (Number.isNaN(time)) {
    throw lineError(file, line, `comment_date_gmt ${JSON.stringify(value)} is not a date.`);
  }
  return new Date(time).toISOString();
}

function threadOfLink(file: string, item: WpItem): string {
  let url: URL;
  try {
    url = new URL(item.link.trim());
  } catch {
    throw lineError(file, item.line, `the post's link ${JSON.stringify(item.link)} is not a URL.`);
  }
  if (url.search && url.pathname === '/') {
    throw lineError(
      file,
      item.line,
      `the post's link ${url.href} has no path of its own: switch WordPress to pretty ` +
        'permalinks (Settings → Permalinks) before exporting, so each post has a path.',
    );
  }
  try {
    return normaliseThreadKey(url.pathname);
  } catch (error) {
    throw lineError(file, item.line, (error as Error).message);
  }
}
