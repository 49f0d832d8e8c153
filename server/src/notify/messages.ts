import type {CommentRow} from '../db/schema.js';
import type {MailPayload} from './mail.js';

/** Text for a header line: no line breaks or other control characters can split it. */
export function headerText(text: string, max = 120): string {
  const flat = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c] as string,
  );
}

/** A comment's text as an HTML block: escaped, line breaks kept. */
const htmlBody = (text: string) =>
  `<blockquote style="white-space:pre-wrap">${escapeHtml(text)}</blockquote>`;
const htmlLink = (href: string, label: string) =>
  `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
const quote = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

function page(paragraphs: string[]): string {
  return `<!doctype html><html><body>${paragraphs.join('\n')}</body></html>`;
}

export interface OwnerLinks {
  approve?: string;
  delete: string;
  console: string;
}

/** To the owner: a held comment (with approve and delete links) or a new one. */
export function ownerMail(
  to: string,
  row: CommentRow,
  links: OwnerLinks,
  days: number,
): MailPayload {
  const held = row.status === 'pending';
  const who = headerText(row.author_name, 60);
  const where = headerText(row.thread, 80);
  const subject = held
    ? `Held for review: a comment by ${who} on ${where}`
    : `New comment by ${who} on ${where}`;
  const lead = held
    ? `${row.author_name} wrote on ${row.thread}; the comment waits for your review.`
    : `${row.author_name} wrote on ${row.thread}.`;
  const actions: [string, string][] = [
    ...(links.approve ? [['Approve', links.approve] as [string, string]] : []),
    ['Delete', links.delete],
  ];
  const text = [
    lead,
    '',
    quote(row.body),
    '',
    ...actions.map(([label, href]) => `${label}: ${href}`),
    `Console: ${links.console}`,
    '',
    `The ${actions.length > 1 ? 'approve and delete links work' : 'delete link works'} for ${days} days, without signing in.`,
  ].join('\n');
  const html = page([
    `<p>${escapeHtml(lead)}</p>`,
    htmlBody(row.body),
    `<p>${actions.map(([label, href]) => htmlLink(href, label)).join(' · ')} · ${htmlLink(links.console, 'Console')}</p>`,
    `<p>These links work for ${days} days, without signing in.</p>`,
  ]);
  return {to, subject, text, html};
}

/** To a commenter who asked: someone replied. Carries one-click unsubscribe (RFC 8058). */
export function replyMail(parent: CommentRow, reply: CommentRow, unsubscribe: string): MailPayload {
  const subject = `${headerText(reply.author_name, 60)} replied to your comment on ${headerText(parent.thread, 80)}`;
  const lead = `${reply.author_name} replied to your comment on ${parent.thread}:`;
  const text = [
    lead,
    '',
    quote(reply.body),
    '',
    'You wrote:',
    quote(parent.body),
    '',
    `You get this mail because you asked to hear about replies. Stop all such mail: ${unsubscribe}`,
  ].join('\n');
  const html = page([
    `<p>${escapeHtml(lead)}</p>`,
    htmlBody(reply.body),
    '<p>You wrote:</p>',
    htmlBody(parent.body),
    `<p>You get this mail because you asked to hear about replies. ${htmlLink(unsubscribe, 'Stop all such mail')}.</p>`,
  ]);
  return {
    to: parent.author_email as string,
    subject,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    emailKey: parent.email_key ?? undefined,
  };
}
